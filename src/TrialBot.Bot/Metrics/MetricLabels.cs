using TrialBot.Bot.Conversation;

namespace TrialBot.Bot.Metrics;

/// <summary>
/// The values a metric label or a funnel event may take for a channel and a language: a small, known set, so that a
/// label never carries a value from outside (an unknown channel id is <see cref="Other"/>).
/// </summary>
public static class MetricLabels
{
    /// <summary>The value of an unknown channel.</summary>
    public const string Other = "other";

    /// <summary>The value of a language not yet known.</summary>
    public const string UnknownLanguage = "unknown";

    private static readonly HashSet<string> KnownChannels = new(StringComparer.Ordinal)
    {
        "console", "directline", "directlinespeech", "emulator", "msteams", "sms", "telegram", "test", "webchat",
    };

    /// <summary>The label of a channel id.</summary>
    /// <param name="channelId">The activity's channel id.</param>
    /// <returns>The id when it is a known channel, else <see cref="Other"/>.</returns>
    public static string Channel(string? channelId) => channelId is not null && KnownChannels.Contains(channelId) ? channelId : Other;

    /// <summary>The label of a conversation's language, from the activity's locale (which the bot sets to the language).</summary>
    /// <param name="locale">The activity's locale.</param>
    /// <returns><c>en</c>, <c>zh</c> or <see cref="UnknownLanguage"/>.</returns>
    public static string Language(string? locale) => ConversationLanguages.FromLocale(locale) ?? UnknownLanguage;
}

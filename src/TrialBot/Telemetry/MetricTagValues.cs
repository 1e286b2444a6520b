using Microsoft.Bot.Schema;

namespace TrialBot.Host.Telemetry;

/// <summary>
/// Keeps metric tag values to a known, small set. Channel ids and activity types arrive from callers; used as tags
/// unchecked, a caller could create unbounded time series.
/// </summary>
internal static class MetricTagValues
{
    public const string Other = "other";

    private static readonly HashSet<string> KnownActivityTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Event, ActivityTypes.Invoke,
        ActivityTypes.EndOfConversation, ActivityTypes.Typing, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction,
    };

    public static string Channel(string? channelId) => TrialBot.Bot.Metrics.MetricLabels.Channel(channelId);

    public static string ActivityType(string? activityType) => Known(KnownActivityTypes, activityType);

    private static string Known(HashSet<string> known, string? value) => value is not null && known.Contains(value) ? value : Other;
}

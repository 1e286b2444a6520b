using Microsoft.Bot.Schema;
using TrialBot.Recognition;

namespace TrialBot.Bot.Conversation;

/// <summary>
/// Decides the language of each turn: a language the person asks for ("中文", "English") wins and is remembered; else
/// the remembered language; else the activity's locale when it is Chinese; else the script of the person's first
/// message (someone who writes Chinese gets Chinese); else English, not remembered until a message tells.
/// </summary>
internal static class LanguageChooser
{
    /// <summary>Chooses the language of a turn.</summary>
    /// <param name="remembered">The conversation's remembered language, or null.</param>
    /// <param name="activity">The incoming activity.</param>
    /// <param name="requested">The language the message asks for, or null.</param>
    /// <returns>The turn's language and whether to remember it.</returns>
    public static LanguageChoice Choose(string? remembered, Activity activity, string? requested)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (requested is not null)
        {
            return new LanguageChoice(requested, Remember: true);
        }

        if (remembered is ConversationLanguages.English or ConversationLanguages.Chinese)
        {
            return new LanguageChoice(remembered, Remember: false);
        }

        if (ConversationLanguages.FromLocale(activity.Locale) == ConversationLanguages.Chinese)
        {
            return new LanguageChoice(ConversationLanguages.Chinese, Remember: true);
        }

        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;
        return ScriptDetector.SuggestCulture(text) switch
        {
            null => new LanguageChoice(ConversationLanguages.English, Remember: false),
            var culture => new LanguageChoice(ConversationLanguages.FromLocale(culture) ?? ConversationLanguages.English, Remember: true),
        };
    }
}

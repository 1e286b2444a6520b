using System.Globalization;

namespace TrialBot.Host.BotFramework;

/// <summary>Picks the language of the host's own short replies from an activity's locale.</summary>
internal static class ReplyLanguage
{
    /// <summary>The Simplified Chinese text for <c>zh</c> locales, the English one otherwise (no locale included).</summary>
    public static string Choose(string? locale, string english, string simplifiedChinese)
        => locale is not null && locale.StartsWith("zh", true, CultureInfo.InvariantCulture) ? simplifiedChinese : english;
}

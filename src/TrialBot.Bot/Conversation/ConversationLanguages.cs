using System.Globalization;

namespace TrialBot.Bot.Conversation;

/// <summary>The two languages of the conversation, and the locales and cultures that stand for them.</summary>
internal static class ConversationLanguages
{
    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Simplified Chinese.</summary>
    public const string Chinese = "zh";

    /// <summary>The locale set on activities of a Chinese conversation.</summary>
    public const string ChineseLocale = "zh-CN";

    /// <summary>The locale set on activities of an English conversation whose channel gave no English locale.</summary>
    public const string EnglishLocale = "en-US";

    /// <summary>Returns the language a locale stands for: <c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>… are Chinese, <c>en…</c> English.</summary>
    /// <param name="locale">An activity's locale, or null.</param>
    /// <returns>The language, or null for no or another locale.</returns>
    public static string? FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? null
        : IsLanguage(locale, Chinese) ? Chinese
        : IsLanguage(locale, English) ? English
        : null;

    /// <summary>Returns the locale to set on the activities of a conversation in <paramref name="language"/>.</summary>
    /// <param name="language"><see cref="English"/> or <see cref="Chinese"/>.</param>
    /// <param name="activityLocale">The locale the channel sent, kept when it is already of that language (en-GB stays en-GB).</param>
    /// <returns>The locale.</returns>
    public static string LocaleFor(string language, string? activityLocale) =>
        FromLocale(activityLocale) == language ? activityLocale!.Trim()
        : language == Chinese ? ChineseLocale
        : EnglishLocale;

    /// <summary>Returns the culture of a conversation in <paramref name="language"/>.</summary>
    /// <param name="language"><see cref="English"/> or <see cref="Chinese"/>.</param>
    /// <returns>zh-CN or en-US.</returns>
    public static CultureInfo CultureOf(string language) =>
        CultureInfo.GetCultureInfo(language == Chinese ? ChineseLocale : EnglishLocale);

    private static bool IsLanguage(string locale, string language)
    {
        var trimmed = locale.Trim();
        return trimmed.Equals(language, StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith(language + "_", StringComparison.OrdinalIgnoreCase);
    }
}

namespace TrialBot.Recognition.Text;

/// <summary>Maps a culture name and an answer to the language whose models should read it.</summary>
internal static class CultureLanguage
{
    /// <summary>"zh", "zh-CN", "zh-Hans", "zh-TW" … are Chinese; anything else, including null or unknown, is English.</summary>
    public static TextLanguage Of(string? culture) =>
        culture is not null && (culture.Equals("zh", StringComparison.OrdinalIgnoreCase) || culture.StartsWith("zh-", StringComparison.OrdinalIgnoreCase))
            ? TextLanguage.Chinese
            : TextLanguage.English;

    /// <summary>
    /// The language of the models for <paramref name="text"/>: text without Chinese characters is read with the English
    /// models (they read digits as well and also know number words); text with Chinese characters is read with the
    /// Chinese models when the culture is Chinese or the text is mainly Chinese.
    /// </summary>
    public static TextLanguage ForModels(string? culture, string text) =>
        ScriptDetector.ContainsHan(text) && (Of(culture) == TextLanguage.Chinese || ScriptDetector.IsMainlyChinese(text))
            ? TextLanguage.Chinese
            : TextLanguage.English;
}

using System.Globalization;

namespace TrialBot.Screening.Texts;

/// <summary>
/// A text in English and Simplified Chinese. Templates carry named placeholders in braces (<c>{count}</c>), filled
/// with <see cref="With(string, string)"/>.
/// </summary>
/// <param name="En">The English text.</param>
/// <param name="Zh">The Simplified Chinese text.</param>
public sealed record LocalizedText(string En, string Zh)
{
    /// <summary>A text that reads the same in both languages (a number, a name).</summary>
    public static LocalizedText Same(string text) => new(text, text);

    /// <summary>The text for <paramref name="culture"/>: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    public string Get(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Get(culture.Name);
    }

    /// <summary>
    /// The text for the culture named <paramref name="cultureName"/> (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>, …
    /// give Chinese; anything else, including null, gives English).
    /// </summary>
    public string Get(string? cultureName) =>
        cultureName is not null && cultureName.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;

    /// <summary>This template with the placeholder <c>{name}</c> replaced by <paramref name="value"/> in both languages.</summary>
    public LocalizedText With(string name, string value) => With(name, Same(value));

    /// <summary>This template with the placeholder <c>{name}</c> replaced by the matching language of <paramref name="value"/>.</summary>
    public LocalizedText With(string name, LocalizedText value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        var placeholder = "{" + name + "}";
        return new LocalizedText(
            En.Replace(placeholder, value.En, StringComparison.Ordinal),
            Zh.Replace(placeholder, value.Zh, StringComparison.Ordinal));
    }

    /// <summary>Items of a list: "a, b, c" in English, "a、b、c" in Chinese.</summary>
    public static LocalizedText JoinList(IEnumerable<LocalizedText> items) => Join(items, ", ", "、");

    /// <summary>Separate statements: "a; b" in English, "a；b" in Chinese.</summary>
    public static LocalizedText JoinClauses(IEnumerable<LocalizedText> clauses) => Join(clauses, "; ", "；");

    /// <summary>Whole sentences one after the other: a space between them in English, nothing in Chinese.</summary>
    public static LocalizedText JoinSentences(IEnumerable<LocalizedText> sentences) => Join(sentences, " ", string.Empty);

    /// <summary>A range between two values: "7 weeks – 8 weeks", "7周–8周".</summary>
    public static LocalizedText JoinRange(LocalizedText from, LocalizedText to) => Join([from, to], " – ", "–");

    /// <inheritdoc />
    public override string ToString() => En;

    private static LocalizedText Join(IEnumerable<LocalizedText> parts, string enSeparator, string zhSeparator)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        return new LocalizedText(
            string.Join(enSeparator, list.Select(part => part.En)),
            string.Join(zhSeparator, list.Select(part => part.Zh)));
    }
}

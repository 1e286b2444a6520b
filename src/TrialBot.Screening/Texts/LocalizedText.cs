using System.Globalization;

namespace TrialBot.Screening.Texts;

/// <summary>
/// A text in English and Simplified Chinese. Templates carry named placeholders in braces (<c>{count}</c>), filled
/// with <see cref="With(string, string)"/>. A filled or joined text is put together in a language only when that
/// language is first read: a conversation reads one of the two, so the other is never built. Two texts are equal when
/// they read the same in both languages.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly Composition? composition;
    private string? en;
    private string? zh;

    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="En">The English text.</param>
    /// <param name="Zh">The Simplified Chinese text.</param>
    public LocalizedText(string En, string Zh)
    {
        en = En;
        zh = Zh;
    }

    private LocalizedText(Composition composition)
    {
        this.composition = composition;
    }

    /// <summary>Gets the English text.</summary>
    public string En => en ??= composition!.Compose(english: true);

    /// <summary>Gets the Simplified Chinese text.</summary>
    public string Zh => zh ??= composition!.Compose(english: false);

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
        return new LocalizedText(new Filled(this, name, value));
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
    public bool Equals(LocalizedText? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(En, other.En, StringComparison.Ordinal) && string.Equals(Zh, other.Zh, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(En, Zh);

    /// <inheritdoc />
    public override string ToString() => En;

    /// <summary>Two texts that read the same in both languages.</summary>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Two texts that differ in a language.</summary>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    private static LocalizedText Join(IEnumerable<LocalizedText> parts, string enSeparator, string zhSeparator)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new LocalizedText(new Joined([.. parts], enSeparator, zhSeparator));
    }

    /// <summary>How a text not given as such is put together in a language.</summary>
    private abstract class Composition
    {
        public abstract string Compose(bool english);

        protected static string In(LocalizedText text, bool english) => english ? text.En : text.Zh;
    }

    /// <summary>A template with one placeholder filled.</summary>
    private sealed class Filled(LocalizedText template, string name, LocalizedText value) : Composition
    {
        public override string Compose(bool english) =>
            In(template, english).Replace("{" + name + "}", In(value, english), StringComparison.Ordinal);
    }

    /// <summary>Texts joined with a separator of each language.</summary>
    private sealed class Joined(LocalizedText[] parts, string enSeparator, string zhSeparator) : Composition
    {
        public override string Compose(bool english)
        {
            var texts = new string[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                texts[i] = In(parts[i], english);
            }

            return string.Join(english ? enSeparator : zhSeparator, texts);
        }
    }
}

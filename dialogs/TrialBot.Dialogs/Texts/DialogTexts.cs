using System.Globalization;

namespace TrialBot.Dialogs.Texts;

/// <summary>
/// The engine's texts and phrases by culture, with English defaults (stored under the invariant culture, which every
/// culture falls back to). An application adds its languages at start-up, for example
/// <c>texts.SetText("zh", DialogTextKeys.Help, "…").AddPhrases("zh", "phrases.greetings", "你好")</c>;
/// after that the instance is only read, from any thread.
/// </summary>
public sealed class DialogTexts : IDialogTexts
{
    private readonly Dictionary<string, Dictionary<string, string>> textsByCulture = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, List<string>>> phrasesByCulture = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="DialogTexts"/> class holding the English defaults.</summary>
    public DialogTexts()
    {
        foreach (var (key, text) in EnglishDialogTexts.Texts)
        {
            SetText(string.Empty, key, text);
        }

        foreach (var (key, phrases) in EnglishDialogTexts.Phrases)
        {
            AddPhrases(string.Empty, key, [.. phrases]);
        }
    }

    /// <summary>Sets the text for <paramref name="key"/> in a culture, replacing any earlier one.</summary>
    /// <param name="cultureName">A culture name such as "zh" or "zh-CN"; the empty string sets the default for all cultures.</param>
    /// <param name="key">The text's key.</param>
    /// <param name="text">The text (a composite format string where the key's documentation says so).</param>
    /// <returns>This instance, to chain calls.</returns>
    public DialogTexts SetText(string cultureName, string key, string text)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(text);
        GetOrAdd(textsByCulture, cultureName)[key] = text;
        return this;
    }

    /// <summary>Adds phrases to a phrase list in a culture.</summary>
    /// <param name="cultureName">A culture name such as "zh" or "zh-CN"; the empty string adds to the defaults for all cultures.</param>
    /// <param name="key">The phrase list's key.</param>
    /// <param name="phrases">The phrases to add.</param>
    /// <returns>This instance, to chain calls.</returns>
    public DialogTexts AddPhrases(string cultureName, string key, params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(phrases);
        var byKey = GetOrAdd(phrasesByCulture, cultureName);
        if (!byKey.TryGetValue(key, out var list))
        {
            list = [];
            byKey[key] = list;
        }

        list.AddRange(phrases);
        return this;
    }

    /// <inheritdoc/>
    public string? FindText(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        foreach (var name in CultureChain(culture))
        {
            if (textsByCulture.TryGetValue(name, out var texts) && texts.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> GetPhrases(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        return CultureChain(culture)
            .SelectMany(name => phrasesByCulture.TryGetValue(name, out var byKey) && byKey.TryGetValue(key, out var list) ? list : [])
            .ToList();
    }

    private static IEnumerable<string> CultureChain(CultureInfo culture)
    {
        for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
        {
            yield return current.Name;
        }

        yield return string.Empty;
    }

    private static Dictionary<string, TValue> GetOrAdd<TValue>(Dictionary<string, Dictionary<string, TValue>> byCulture, string cultureName)
    {
        if (!byCulture.TryGetValue(cultureName, out var byKey))
        {
            byKey = new Dictionary<string, TValue>(StringComparer.Ordinal);
            byCulture[cultureName] = byKey;
        }

        return byKey;
    }
}

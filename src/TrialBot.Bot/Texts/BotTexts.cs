using System.Globalization;
using System.Text.Json;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Texts;

/// <summary>
/// Every text the bot says and every phrase it listens for, in English and Simplified Chinese side by side, read from the
/// embedded resource <c>Resources/bot-texts.json</c> (the trial's own texts — questions, reasons, FAQ — are in the trial
/// definition). Reading fails when any text or phrase list lacks one of the two languages. Texts hold named
/// placeholders (<c>{site}</c>) filled with <see cref="LocalizedText.With(string, string)"/>, except the dialog engine's
/// own texts, which are composite format strings (<c>{0}</c>).
/// </summary>
internal sealed class BotTexts
{
    private const string ResourceName = "TrialBot.Bot.Resources.bot-texts.json";

    private static readonly Lazy<BotTexts> Embedded = new(LoadEmbedded);

    private readonly IReadOnlyDictionary<string, LocalizedText> texts;
    private readonly IReadOnlyDictionary<string, LocalizedPhrases> phrases;

    private BotTexts(IReadOnlyDictionary<string, LocalizedText> texts, IReadOnlyDictionary<string, LocalizedPhrases> phrases)
    {
        this.texts = texts;
        this.phrases = phrases;
    }

    /// <summary>Gets the texts of the embedded resource (read and checked once).</summary>
    public static BotTexts Default => Embedded.Value;

    /// <summary>Gets the keys of every text.</summary>
    public IEnumerable<string> TextKeys => texts.Keys;

    /// <summary>Gets the keys of every phrase list.</summary>
    public IEnumerable<string> PhraseKeys => phrases.Keys;

    /// <summary>Reads and checks texts in the resource's shape.</summary>
    /// <param name="json">The JSON: <c>{"texts": {key: {"en", "zh"}}, "phrases": {key: {"en": [...], "zh": [...]}}}</c>.</param>
    /// <returns>The texts.</returns>
    /// <exception cref="InvalidDataException">The JSON is not of that shape, or a text or phrase list lacks a language.</exception>
    public static BotTexts Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        BotTextsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<BotTextsFile>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The bot texts are not valid JSON of the expected shape: {exception.Message}", exception);
        }

        if (file?.Texts is null || file.Phrases is null)
        {
            throw new InvalidDataException("The bot texts need a \"texts\" and a \"phrases\" object.");
        }

        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (key, text) in file.Texts)
        {
            if (string.IsNullOrWhiteSpace(text?.En) || string.IsNullOrWhiteSpace(text.Zh))
            {
                throw new InvalidDataException($"The bot text '{key}' needs both an English (en) and a Chinese (zh) version.");
            }

            texts[key] = new LocalizedText(text.En, text.Zh);
        }

        var phrases = new Dictionary<string, LocalizedPhrases>(StringComparer.Ordinal);
        foreach (var (key, list) in file.Phrases)
        {
            if (list?.En is not { Count: > 0 } english || list.Zh is not { Count: > 0 } chinese || english.Concat(chinese).Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException($"The phrase list '{key}' needs non-empty English (en) and Chinese (zh) phrases.");
            }

            phrases[key] = new LocalizedPhrases(english, chinese);
        }

        return new BotTexts(texts, phrases);
    }

    /// <summary>Returns the text with <paramref name="key"/> in both languages.</summary>
    /// <param name="key">A key from <see cref="BotTextKeys"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">There is no such text.</exception>
    public LocalizedText Text(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"There is no bot text '{key}'.");
    }

    /// <summary>Returns the text with <paramref name="key"/> in both languages, or null when there is none.</summary>
    /// <param name="key">The text's key.</param>
    /// <returns>The text, or null.</returns>
    public LocalizedText? FindText(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return texts.GetValueOrDefault(key);
    }

    /// <summary>Returns the text with <paramref name="key"/> in the language of <paramref name="culture"/>.</summary>
    /// <param name="key">A key from <see cref="BotTextKeys"/>.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The text.</returns>
    public string Get(string key, CultureInfo culture) => Text(key).Get(culture);

    /// <summary>Returns the phrase list with <paramref name="key"/>.</summary>
    /// <param name="key">A key from <see cref="BotTextKeys"/>.</param>
    /// <returns>The phrases.</returns>
    /// <exception cref="KeyNotFoundException">There is no such phrase list.</exception>
    public LocalizedPhrases Phrases(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return phrases.TryGetValue(key, out var list) ? list : throw new KeyNotFoundException($"There is no phrase list '{key}'.");
    }

    /// <summary>Returns these texts with the texts of <paramref name="overrides"/> in place of the bot's own (a trial's greeting).</summary>
    /// <param name="overrides">Texts by bot text key; keys the bot does not have are ignored.</param>
    /// <returns>The texts.</returns>
    public BotTexts With(IReadOnlyDictionary<string, LocalizedText> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = new Dictionary<string, LocalizedText>(texts, StringComparer.Ordinal);
        foreach (var (key, text) in overrides)
        {
            if (merged.ContainsKey(key))
            {
                merged[key] = text;
            }
        }

        return new BotTexts(merged, phrases);
    }

    private static BotTexts LoadEmbedded()
    {
        using var stream = typeof(BotTexts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        return Read(stream);
    }
}

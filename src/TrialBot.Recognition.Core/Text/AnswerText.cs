using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// The one owner of the forms text is compared in. <see cref="Clean"/> is what every answer goes through first (through
/// <see cref="InputGuard"/>); <see cref="Whole"/> is the form whole utterances are compared in (commands, choices, "I don't
/// know"); <see cref="ForNames"/> the form place names are matched in; <see cref="Fold"/> and <see cref="Prepare"/> the
/// forms phrases and numbers are read in.
/// <see cref="Prepare"/> readies a cleaned answer for reading: lower case, apostrophes dropped
/// ("don't" → "dont", "I'm" → "im"), numbers unglued from the Latin units that follow them ("7.5mg" → "7.5 mg",
/// "g/24h" → "g/24 h"; the number recognizer misses glued numbers), the colloquial 俩 and 仨 written as two and three (俩月 → 两个月, 俩片 →
/// 两片, 仨月 → 三个月), multiplications spaced ("2x5mg" → "2 x 5 mg") and
/// 半 ("half") unglued from a following digit, and a figure corrected in the same message replaced by its correction
/// (<see cref="SelfCorrection"/>: "20mg, no wait 15" reads "15 mg").
/// Letters before digits stay glued ("FK506"), and so does scientific notation ("1e400").
/// </summary>
public static partial class AnswerText
{
    private const string TrailingPunctuation = ".!?,;:~。！？，、；：～…";

    /// <summary>
    /// Cleans <paramref name="text"/>: strips control and invisible format characters (and lone surrogates), turns
    /// full-width digits, letters, "．" and "／" into their ASCII forms, traditional Chinese characters into simplified ones
    /// (<see cref="TraditionalChinese"/>: 沒有 is 没有) and written Cantonese's own characters into Mandarin ones
    /// (<see cref="CantoneseCharacters"/>: 冇问题 is 没问题), collapses every run of whitespace to one space and trims.
    /// </summary>
    /// <param name="text">What the person typed.</param>
    /// <returns>The cleaned text (empty when nothing is left).</returns>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (lastCleaned is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Form;
        }

        var cleaned = CleanOnce(text);
        lastCleaned = new TextAndForm(text, cleaned);
        return cleaned;
    }

    /// <summary>The text each thread last cleaned, and its clean form: a turn cleans the same message for the commands,
    /// the choices and the reading, and the form is the same each time (cleaning is pure, strings immutable).</summary>
    [ThreadStatic]
    private static TextAndForm? lastCleaned;

    /// <summary>The text each thread last put in its whole-utterance form, and that form (see <see cref="lastCleaned"/>).</summary>
    [ThreadStatic]
    private static TextAndForm? lastWhole;

    /// <summary>A text and one of its forms.</summary>
    private sealed record TextAndForm(string Text, string Form);

    private static string CleanOnce(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsDropped(text, i))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(CantoneseCharacters.ToMandarin(TraditionalChinese.Simplify(ToHalfWidth(c))));
        }

        return CantoneseCharacters.Words(TraditionalChinese.FixWords(builder.ToString()));
    }

    /// <summary>
    /// The form whole utterances are compared in: compatibility forms folded (full-width letters and punctuation), curly
    /// apostrophes straightened, lower case, cleaned (<see cref="Clean"/>), trailing punctuation removed. "  Help! " and
    /// "ＨＥＬＰ？" both become "help"; null becomes the empty string.
    /// </summary>
    /// <param name="text">What the person typed, or a phrase to compare with.</param>
    /// <returns>The whole-utterance form.</returns>
    public static string Whole(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (lastWhole is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Form;
        }

        var folded = Clean(text.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'').ToLower(CultureInfo.InvariantCulture));
        var end = folded.Length;
        while (end > 0 && (TrailingPunctuation.Contains(folded[end - 1], StringComparison.Ordinal) || folded[end - 1] == ' '))
        {
            end--;
        }

        var whole = folded[..end];
        lastWhole = new TextAndForm(text, whole);
        return whole;
    }

    /// <summary>The whole-utterance form (<see cref="Whole"/>) of one of the bot's own phrases (a choice's title, value or
    /// synonym), kept once worked out: the phrases are the trial file's, a bounded set, and are compared every turn.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <returns>Its whole-utterance form.</returns>
    public static string WholePhrase(string? phrase)
    {
        if (phrase is null)
        {
            return string.Empty;
        }

        if (PhraseForms.TryGetValue(phrase, out var form))
        {
            return form;
        }

        if (PhraseForms.Count >= RememberedPhrases)
        {
            PhraseForms.Clear();
        }

        form = Whole(phrase);
        PhraseForms[phrase] = form;
        return form;
    }

    /// <summary>How many phrases' forms are kept (far more than a trial file has; the set is dropped past it).</summary>
    private const int RememberedPhrases = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PhraseForms = new(StringComparer.Ordinal);

    /// <summary>The form place names are matched in: lower case, without accents ("Ürümqi" is "urumqi") or apostrophes
    /// ("Xi'an" is "xian"), other punctuation as spaces.</summary>
    /// <param name="text">A place as written, or a name of the city table.</param>
    /// <returns>The matching form.</returns>
    public static string ForNames(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(character))
            {
                case UnicodeCategory.NonSpacingMark:
                    break;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber:
                    builder.Append(char.ToLowerInvariant(character));
                    break;
                default:
                    builder.Append(character is '\'' or '\u2019' or '\u2018' ? string.Empty : " ");
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The full preparation for reading numbers, units, dates and names.</summary>
    /// <param name="normalized">A cleaned answer (<see cref="InputGuard.Normalize"/>).</param>
    /// <returns>The prepared form.</returns>
    internal static string Prepare(string normalized)
    {
        var folded = TabletTypedAsPage().Replace(
            ColloquialCount().Replace(Fold(normalized), m => (m.Value[0] == '俩' ? "两" : "三") + (m.Groups["unit"].Success ? "个" : string.Empty)),
            "片");
        var spacedTimes = MultiplicationSign().Replace(folded, " x ");
        var spacedHalf = HalfBeforeDigit().Replace(spacedTimes, " ");
        return SelfCorrection.Apply(DigitBeforeLetter().Replace(spacedHalf, " "));
    }

    /// <summary>Lower case without apostrophes: the form phrases are matched in.</summary>
    /// <param name="text">A cleaned answer or a phrase.</param>
    /// <returns>The folded form.</returns>
    internal static string Fold(string text) => Apostrophe().Replace(text.ToLowerInvariant(), string.Empty);

    /// <summary>Control characters, invisible format characters (zero-width space, BOM, direction marks) and lone surrogates.</summary>
    private static bool IsDropped(string text, int index)
    {
        var c = text[index];
        if (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    private static char ToHalfWidth(char c) => c switch
    {
        >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or '．' or '／' => (char)(c - 0xFEE0),
        _ => c,
    };

    [GeneratedRegex("['’‘`´]")]
    private static partial Regex Apostrophe();

    /// <summary>俩 and 仨, "two of" and "three of" (俩片 is 两片); before a unit counted with 个, with it (俩月 is 两个月, 仨月 三个月, 俩多月 两个多月).</summary>
    /// <summary>篇 after a count (一天三篇, 一篇5毫克): 片 typed by its sound (piān, piàn), as pinyin input offers it first.</summary>
    [GeneratedRegex("(?<=[0-9一二两三四五六七八九十半][个]?)篇")]
    private static partial Regex TabletTypedAsPage();

    [GeneratedRegex("[俩仨](?<unit>(?=多?(?:月|星期|礼拜|钟头|小时)))?")]
    private static partial Regex ColloquialCount();

    [GeneratedRegex(@"(?<=\d)\s*[x×*]\s*(?=\d)")]
    private static partial Regex MultiplicationSign();

    /// <summary>半 glued to a digit ("一片半5毫克"): the Chinese number model then loses both.</summary>
    [GeneratedRegex(@"(?<=半)(?=\d)")]
    private static partial Regex HalfBeforeDigit();

    /// <summary>A digit glued to a letter ("10mg", "2x"), to be spaced; not an ordinal ("3rd", "21st": the date-time model
    /// reads "march 3rd 2025" whole, and "march 3 rd 2025" as this year's 3 March).</summary>
    [GeneratedRegex(@"(?<=\d)(?=[a-zµμ])(?!e[+-]?\d)(?!(?:st|nd|rd|th)\b)")]
    private static partial Regex DigitBeforeLetter();
}

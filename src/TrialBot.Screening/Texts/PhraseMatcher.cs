using System.Globalization;
using System.Text;

namespace TrialBot.Screening.Texts;

/// <summary>
/// Finds a phrase inside a short free-text answer in either script: Chinese phrases anywhere in the text, Latin
/// phrases as whole words, ignoring case, accents and apostrophes ("Xi'an" = "xian", "Ürümqi" = "urumqi").
/// </summary>
internal static class PhraseMatcher
{
    /// <summary>
    /// <paramref name="text"/> prepared for <see cref="Find"/>: lower case, accents and apostrophes removed, other
    /// punctuation turned into spaces.
    /// </summary>
    public static string Normalize(string text)
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
                    if (character is not ('\'' or '\u2019' or '\u2018'))
                    {
                        builder.Append(' ');
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The position of <paramref name="phrase"/> in the already normalised <paramref name="normalizedText"/>,
    /// or -1 when it does not occur (as a whole word, for a Latin phrase).
    /// </summary>
    public static int Find(string normalizedText, string phrase)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var needle = Normalize(phrase).Trim();
        if (needle.Length == 0)
        {
            return -1;
        }

        if (needle.Any(IsCjk))
        {
            return normalizedText.IndexOf(needle, StringComparison.Ordinal);
        }

        for (var start = normalizedText.IndexOf(needle, StringComparison.Ordinal); start >= 0; start = normalizedText.IndexOf(needle, start + 1, StringComparison.Ordinal))
        {
            var end = start + needle.Length;
            if (IsBoundary(normalizedText, start - 1) && IsBoundary(normalizedText, end))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="character"/> is a Chinese (CJK) ideograph.</summary>
    public static bool IsCjk(char character) => character is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]) || IsCjk(text[index]);
}

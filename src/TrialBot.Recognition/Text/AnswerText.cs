using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// Prepares a normalised answer (see <see cref="InputGuard"/>) for reading: lower case, apostrophes dropped
/// ("don't" → "dont", "I'm" → "im"), numbers unglued from the Latin units that follow them ("7.5mg" → "7.5 mg",
/// "g/24h" → "g/24 h"; the number recognizer misses glued numbers), multiplications spaced ("2x5mg" → "2 x 5 mg") and
/// 半 ("half") unglued from a following digit.
/// Letters before digits stay glued ("FK506"), and so does scientific notation ("1e400").
/// </summary>
internal static partial class AnswerText
{
    /// <summary>The full preparation for reading numbers, units, dates and names.</summary>
    public static string Prepare(string normalized)
    {
        var folded = Fold(normalized);
        var spacedTimes = MultiplicationSign().Replace(folded, " x ");
        var spacedHalf = HalfBeforeDigit().Replace(spacedTimes, " ");
        return DigitBeforeLetter().Replace(spacedHalf, " ");
    }

    /// <summary>Lower case without apostrophes: the form phrases are matched in.</summary>
    public static string Fold(string text) => Apostrophe().Replace(text.ToLowerInvariant(), string.Empty);

    [GeneratedRegex("['’‘`´]")]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"(?<=\d)\s*[x×*]\s*(?=\d)")]
    private static partial Regex MultiplicationSign();

    /// <summary>半 glued to a digit ("一片半5毫克"): the Chinese number model then loses both.</summary>
    [GeneratedRegex(@"(?<=半)(?=\d)")]
    private static partial Regex HalfBeforeDigit();

    [GeneratedRegex(@"(?<=\d)(?=[a-zµμ])(?!e[+-]?\d)")]
    private static partial Regex DigitBeforeLetter();
}

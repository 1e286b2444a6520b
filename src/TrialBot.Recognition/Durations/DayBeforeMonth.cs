using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Writes a day said before its month ("the first of October", "1st october", "the 2nd of march") month first ("october
/// 1", "march 2") before dates are read: that form loses its day otherwise, and the month was read as its last day
/// ("since the first of October" was about 4 weeks, not 8).
/// </summary>
internal static partial class DayBeforeMonth
{
    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>The prepared answer with each day before its month written after it.</summary>
    public static string Write(string prepared) =>
        DayThenMonth().Replace(prepared, m => Day(m) is { } day ? $"{m.Groups["m"].Value} {day}" : m.Value);

    private static int? Day(Match match)
    {
        if (match.Groups["d"].Success)
        {
            return int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) is var digits and >= 1 and <= 31 ? digits : null;
        }

        var word = match.Groups["w"].Value;
        var tens = word.StartsWith("twenty", StringComparison.Ordinal) && word.Length > "twenty".Length ? 20
            : word.StartsWith("thirty", StringComparison.Ordinal) && word.Length > "thirty".Length ? 30
            : 0;
        var unit = Array.IndexOf(Ordinals, tens > 0 ? word[6..].TrimStart(' ', '-') : word) + 1;
        return word == "thirtieth" ? 30 : unit > 0 && tens + unit <= 31 ? tens + unit : null;
    }

    [GeneratedRegex(
        @"\b(?:the\s+)?(?:(?<d>\d{1,2})\s*(?:st|nd|rd|th)?|(?<w>(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|twentieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth))\s+of\s+" +
        @"(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b" +
        @"|\b(?<d>\d{1,2})\s*(?:st|nd|rd|th)\s+(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b")]
    private static partial Regex DayThenMonth();
}

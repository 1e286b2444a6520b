using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Reads a one-off course of high-dose steroid: the word for a pulse ("pulse", "pulsed", 冲击) and the days of a course
/// ("for 3 days", "x3 days", "3 days in a row", "3-day", 冲击3天, 连续三天, 打了5天). A length in days beside a dose that is
/// taken every day at home ("10 mg for 20 days now") is the time on the dose, not a course: the caller reads days only
/// beside a pulse or an injection.
/// </summary>
internal static partial class CourseReader
{
    /// <summary>The largest number of days read as one course.</summary>
    private const int MaxCourseDays = 31;

    /// <summary>True when the answer names a pulse.</summary>
    public static bool NamesPulse(string prepared) => Pulse().IsMatch(prepared);

    /// <summary>
    /// The course's days and where they are said, or null when no course length is said. Beside a named pulse a bare
    /// number of days is its length too ("pulse 500 mg 3 days", 冲击 每天500毫克 3天), unless it is an interval (每3天).
    /// </summary>
    public static (int Days, int Start, int End)? FindDays(string prepared)
    {
        var patterns = NamesPulse(prepared) ? new[] { English(), Chinese(), BareDays() } : new[] { English(), Chinese() };
        foreach (var pattern in patterns)
        {
            if (pattern.Match(prepared) is { Success: true } match
                && ChineseNumber(match.Groups["n"].Value) is { } days and > 0 and <= MaxCourseDays)
            {
                return (days, match.Index, match.Index + match.Length);
            }
        }

        return null;
    }

    private static int? ChineseNumber(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        var words = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["ten"] = 10,
            ["fourteen"] = 14, ["一"] = 1, ["二"] = 2, ["两"] = 2, ["三"] = 3, ["四"] = 4, ["五"] = 5, ["六"] = 6, ["七"] = 7,
            ["八"] = 8, ["九"] = 9, ["十"] = 10, ["十四"] = 14, ["十五"] = 15, ["二十"] = 20,
        };
        return words.TryGetValue(text, out var value) ? value : null;
    }

    [GeneratedRegex(@"(?<![每隔]\s*)(?<![0-9])(?<n>[0-9]+|十[一二三四五]?|二十|[二两三四五六七八九])\s*天|\b(?<!every\s)(?<n>\d+|one|two|three|four|five|six|seven|ten|fourteen)\s*days?\b")]
    private static partial Regex BareDays();

    [GeneratedRegex(@"\b(?:pulses?|pulsed|pulsing|pulse therapy)\b|冲击|冲了")]
    private static partial Regex Pulse();

    [GeneratedRegex(@"(?:\bfor|\bx|\bover|\bduring)\s*(?<n>\d+|one|two|three|four|five|six|seven|ten|fourteen)\s*(?:days?|d)\b|\b(?:only|just)\s+(?<n>\d+|one|two|three|four|five|six|seven|ten)\s+days?\b|\b(?<n>\d+|one|two|three|four|five|six|seven|ten|fourteen)\s*(?:-\s*)?(?:days? in a row|consecutive days|straight days|day pulses?|days? (?:of )?(?:pulse|iv|infusions?|drips?))")]
    private static partial Regex English();

    [GeneratedRegex("(?:连续|连用|共|用了|打了|冲击了?|冲了|输了|挂了|静滴|就|只|只有|才|一共|x|×)\\s*(?<n>[0-9]+|十[一二三四五]?|二十|[一二两三四五六七八九])\\s*天(?!前|以前|之前)")]
    private static partial Regex Chinese();
}

using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Finds a time said as a rough figure: "about 6 months", "around 8 weeks", "half a year or so", "6ish months", "~2 wks",
/// 半年左右, 大概两个月, 差不多八周, 约三个月. The figure is read as said ("about" is no hedge), but the truth may lie a little
/// either side of it, which matters only when it sits at a limit (<c>ElapsedAnswer.Approximate</c>).
/// </summary>
internal static partial class ApproximateCues
{
    /// <summary>True when the prepared <paramref name="text"/> gives its time as a rough figure.</summary>
    public static bool In(string text) => Cue().IsMatch(text);

    [GeneratedRegex(@"\b(?:about|around|round about|roughly|approximately|approx|abt|arnd|circa|give or take|more or less|or so)\b|\d\s*-?ish\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)ish\b|~\s*\d|\blike (?=\d|a\b|an\b|half\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b)|左右|大概|大约|差不多|约(?=\s*[\d一二两三四五六七八九十半])|[年月周天]\s*上下")]
    private static partial Regex Cue();
}

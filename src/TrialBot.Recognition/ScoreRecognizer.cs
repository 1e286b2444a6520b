using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads a clinical score such as SELENA-SLEDAI the way people report it: "8", "sledai 6", "my last score was 10",
/// "SLEDAI-2K 12" (the 2K is the score's name), "it was 10 in october 2025" (the date is not the score), 8分, 上次是10分,
/// 最近一次8分, 2025年10月评的是10分. A hedge ("i think it was 4", "probably 6", 好像是4分, 估计有10分) gives a value to
/// confirm; two consecutive figures ("9 or 10", 9到10分) are the lower, to confirm; a bound or a wider range ("more than 8", "6 or
/// 8", 10分以上, 十几分) is <see cref="RecognitionProblem.VagueNumber"/>.
/// </summary>
public static partial class ScoreRecognizer
{
    /// <summary>Reads the score in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <returns>The score; as <see cref="NumberReader.Read(string?, string?)"/> otherwise, with <see cref="RecognitionProblem.VagueNumber"/> for
    /// a bound or a range (the range a score may take is the question's to check).</returns>
    public static Recognition<double> Recognize(string? text, string? culture) =>
        InputGuard.Normalize(text).Bind(normalized => Read(AnswerText.Prepare(normalized), culture));

    private static Recognition<double> Read(string prepared, string? culture)
    {
        if (YesNoRecognizer.IsPlainNoWithoutFigure(prepared))
        {
            // "Do you know your SLEDAI? If so, what was it?" — "no" is not knowing it.
            return Recognition.Unsure<double>();
        }

        var withoutNames = ScoreName().Replace(prepared, " ");
        if (CloseChoice().Match(FullDate().Replace(withoutNames, " ")) is { Success: true } choice
            && double.TryParse(choice.Groups["low"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var low)
            && double.TryParse(choice.Groups["high"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var high)
            && high > low && high - low <= CloseChoiceSpread)
        {
            // "I think it was 9 or 10": the lower, never overstated, said back to confirm.
            return Recognition.Of(low).AsTentative();
        }

        if (Vague().IsMatch(withoutNames))
        {
            return Recognition.NotUnderstood<double>(RecognitionProblem.VagueNumber);
        }

        var figures = OneAsAPronoun().Replace(Dates().Replace(withoutNames, " "), " ");
        if (!figures.Any(char.IsAsciiDigit) && !SpokenFigure().IsMatch(figures) && UnsureLexicon.IsUnsure(prepared))
        {
            // "Not sure, I've never been given one": the "one" is the score never given, no figure; not knowing it.
            return Recognition.Unsure<double>();
        }

        if (TotalOfItsParts(figures) is { } total)
        {
            // "SLEDAI-2K 10 (arthritis 4, rash 2, alopecia 2, low complement 2)": the score with the items that make it up.
            return Recognition.Of(total).AsTentative();
        }

        var reading = NumberReader.Read(figures, culture);
        return FigureHedge.In(prepared) ? reading.AsTentative() : reading;
    }

    /// <summary>"one" standing for the score, not counting it: "never been given one", "I don't have one", "had one done".</summary>
    [GeneratedRegex(@"\b(?:given|had|have|got|get|gotten|done|seen|taken|know\s+of|any|no|another|that|this|which|the|every)\s+one\b|\bone\s+(?:done|before|yet|of\s+those|of\s+them)\b")]
    private static partial Regex OneAsAPronoun();

    /// <summary>A figure said in words or Chinese numerals.</summary>
    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)\b|[一二两三四五六七八九十]")]
    private static partial Regex SpokenFigure();

    /// <summary>A score followed, in brackets, by two or more item scores that add up to it; null otherwise.</summary>
    private static double? TotalOfItsParts(string text)
    {
        var match = ScoreWithItems().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["total"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var total))
        {
            return null;
        }

        var parts = Item().Matches(match.Groups["items"].Value)
            .Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return parts.Count >= 2 && Math.Abs(parts.Sum() - total) < 1e-9 ? total : null;
    }

    [GeneratedRegex(@"(?<![\d.])(?<total>\d{1,3})\s*分?\s*[(（]\s*(?<items>[^)）]*)[)）]")]
    private static partial Regex ScoreWithItems();

    [GeneratedRegex(@"(?<![\d.])\d{1,2}(?![\d.])")]
    private static partial Regex Item();

    /// <summary>The widest choice of two figures read as its lower one ("9 or 10", "8/9"): one point.</summary>
    private const double CloseChoiceSpread = 1;

    /// <summary>A date with its day, month and year ("10/11/2025", "2025-10-11"), whose parts are no choice of scores.</summary>
    [GeneratedRegex(@"\b\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}\b")]
    private static partial Regex FullDate();

    /// <summary>Two figures offered as a choice or a narrow range: "9 or 10", "9-10", 9或10.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<low>\d{1,2})\s*(?:or|/|-|–|to|或者|或|到)\s*(?<high>\d{1,2})(?![\d.])")]
    private static partial Regex CloseChoice();

    /// <summary>The score's own name and its version: "sledai-2k", "sledai 2000", "selena-sledai", SLEDAI-2000.</summary>
    [GeneratedRegex(@"(?:selena\s*-?\s*)?sle\s*-?\s*dai(?:\s*-?\s*(?:2\s*k|2000))?")]
    private static partial Regex ScoreName();

    /// <summary>Dates and counts beside the score: "october 2025", "3/12/2026", "2025", 2025年10月, 10月份, 3月12号, 一次.</summary>
    [GeneratedRegex(
        @"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{0,2}(?:st|nd|rd|th)?\b|\b\d{1,4}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{1,4})?\b|\b(?:19|20)\d{2}\b|" +
        @"(?:\d{2,4}|[零〇一二三四五六七八九]{2,4})\s*年|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号))?|(?:一|两|几|\d)\s*次|上个月|上次|\b(?:last|the|this|that|latest|most recent|recent)\s+one\b")]
    private static partial Regex Dates();

    [GeneratedRegex(
        @"\b(?:more than|over|above|at least|less than|under|below|between)\s+\S*\d|\b(?:more than|over|above|at least|less than|under|below|between)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b|" +
        @"\d\s*(?:\+|-|–|~|to|or|and)\s*\d|\d\s*\+|\b(?:teens|twenties)\b|" +
        @"以上|以下|不到|超过|[\d一二两三四五六七八九十]\s*(?:到|至|或|多)\s*[\d一二两三四五六七八九十]?|十几|几十|[\d一二两三四五六七八九十]\s*多")]
    private static partial Regex Vague();

}

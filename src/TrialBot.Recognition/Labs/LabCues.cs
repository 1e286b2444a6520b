using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Labs;

/// <summary>
/// A lab value given only as a bound or a range, which no criterion can be decided on: "below 0.07", "&gt;3 g",
/// "more than 3 grams", "over 200", "70-80 umol/L", "1 to 2 g", 低于0.07, 一克多, 70多, 10以上, 1到2克.
/// </summary>
internal static partial class LabCues
{
    /// <summary>The answer without a reference range copied from the report ("(ref 0.7-4.0)", "normal range 44-133", （参考值 44-133）) or the date of the test ("2025-10-10").</summary>
    /// <remarks>Also a bare bracketed range ("Cr 98 umol/L (45-84) H") and the slip's flags (↑, ↓, H, L).</remarks>
    public static string WithoutReference(string prepared) =>
        Date().Replace(RangeAfterUnit().Replace(BareRange().Replace(Flag().Replace(Reference().Replace(prepared, " "), " "), " "), " "), " ");

    /// <summary>
    /// The whole number of grams of "N and something" ("8克多", "8g多", "八克多", "8 something grams", "8 point something g"),
    /// when that is the whole of the value: between N and N + 1 grams. Null otherwise ("一百多", "more than 8 g", "8-9 g").
    /// </summary>
    public static int? WholeAndSomething(string prepared)
    {
        prepared = TwentyFourHours().Replace(prepared, " ");
        var match = GramsAndSomething().Match(prepared);
        if (!match.Success)
        {
            return null;
        }

        var n = match.Groups["n"].Value;
        if (Digit().Count(prepared) != Digit().Count(n))
        {
            return null;
        }

        return int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number
            : ChineseDigits.IndexOf(n[0], StringComparison.Ordinal) is var index and >= 0 && n.Length == 1 ? (index == 10 ? 2 : index)
            : null;
    }

    /// <summary>True when the answer names another measurement than the one asked ("my egfr is 60", 尿素 8), whose number
    /// no unit can be inferred for.</summary>
    public static bool NamesAnotherMeasure(string prepared) => AnotherMeasure().IsMatch(prepared);

    /// <summary>
    /// True when the answer says the value is not known and holds no figure but the name of the test: "没做过24小时尿",
    /// "havent done a 24 hr collection", "never had it checked"; or is a plain no with no figure ("no", 没有) to a question
    /// that asks whether the person knows the value.
    /// </summary>
    public static bool UnsureWithoutValue(string prepared) =>
        (UnsureLexicon.IsUnsure(prepared) && !Digit().IsMatch(TwentyFourHours().Replace(prepared, " "))) || YesNoRecognizer.IsPlainNoWithoutFigure(prepared);

    /// <summary>True when the answer gives only a bound or a range.</summary>
    public static bool IsVague(string prepared) => Vague().IsMatch(prepared);

    /// <summary>
    /// The bound a value is said as, when the answer gives one figure with one kind of strict bound before it ("&lt;5
    /// mg/dL", "less than 0.07 g/L", 低于80, "&gt;3", "over 300"); null otherwise. A bound that includes its figure ("at
    /// least 3", "≤ 10") is no bound here: at the limit it would decide wrongly, so it is asked for the figure.
    /// </summary>
    public static TrialBot.Screening.Answers.LabBound? BoundSaid(string prepared)
    {
        var below = Below().Count(prepared);
        var above = Above().Count(prepared);
        return (below, above) switch
        {
            (1, 0) => TrialBot.Screening.Answers.LabBound.Below,
            (0, 1) => TrialBot.Screening.Answers.LabBound.Above,
            _ => null,
        };
    }

    /// <summary><paramref name="prepared"/> with its bound words blanked, leaving the figure ("&lt;5 mg/dL" → " 5 mg/dL").</summary>
    public static string WithoutBound(string prepared) =>
        Above().Replace(Below().Replace(prepared, m => new string(' ', m.Length)), m => new string(' ', m.Length));

    [GeneratedRegex(@"[<＜](?!=)\s*(?=\d)|\b(?:less than|lower than|under|below)\s+(?=\d)|(?:小于|低于|不到|不足)\s*(?=\d)")]
    private static partial Regex Below();

    [GeneratedRegex(@"[>＞](?!=)\s*(?=\d)|\b(?:more than|greater than|higher than|over|above)\s+(?=\d)|(?:大于|高于|超过)\s*(?=\d)")]
    private static partial Regex Above();

    [GeneratedRegex(
        @"[>≥]\s*\d|\b(?:less than|more than|greater than|over|under|above|below|at least|at most|up to)\s+(?:\d|a\b|an\b|one|two|three|four|five)|" +
        @"\d\s*(?:-|–|~|to|or)\s*\d|\bbetween\s+\d|\d\s*(?:and|&)\s*\d|" +
        @"低于|高于|小于|大于|不到|超过|以上|以下|(?<=[\d一二两三四五六七八九十百千])\s*(?:多|几)|(?<=[克g])\s*多|[\d一二两三四五六七八九十]\s*(?:到|至|或)\s*[\d一二两三四五六七八九十]")]
    private static partial Regex Vague();

    private const string ChineseDigits = "零一二三四五六七八九两";

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,2}|[一二两三四五六七八九])\s*(?:(?:克|g|gm|grams?)\s*多|多\s*克|(?:point\s+)?something\s*(?:g|gm|grams?)(?![a-z])|(?:g|gm|grams?)\s+and\s+something)")]
    private static partial Regex GramsAndSomething();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"(?<![a-z])(?:e?gfr|bun|urea|clearance|cystatin|uric|ratio|upcr|acr|mmol)(?![a-z])|滤过率|尿素|清除率|胱抑素|尿酸|比值|毫摩尔")]
    private static partial Regex AnotherMeasure();

    /// <summary>"24小时", "24h", "24 hours": the name of the test, not a value.</summary>
    [GeneratedRegex(@"24\s*-?\s*(?:小时|h|hrs?|hours?)(?![a-z])")]
    private static partial Regex TwentyFourHours();

    /// <summary>A date beside the value ("2025-10-10", "3/4/2026"), whose dashes are no range.</summary>
    [GeneratedRegex(@"\b(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\b|\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}\b")]
    private static partial Regex Date();

    /// <summary>A reference range in brackets as a lab slip prints it after the value, with no words ("(45-84)", "（0.7-4.0）",
    /// "(0-0.15)").</summary>
    [GeneratedRegex(@"[(（\[]\s*[<>≤≥]?\s*\d+(?:\.\d+)?\s*(?:-|–|~|to|到|至)\s*\d+(?:\.\d+)?\s*[)）\]]")]
    private static partial Regex BareRange();

    /// <summary>A reference range printed after the value's unit without brackets, with its flag ("&lt;5 mg/dL 70-400 L").</summary>
    [GeneratedRegex(@"(?<=[a-zµμ]\s*/\s*[a-z0-9]+\s+)\d+(?:\.\d+)?\s*[-–~]\s*\d+(?:\.\d+)?(?:\s+(?:h|l|hi|lo|high|low)\b)?")]
    private static partial Regex RangeAfterUnit();

    /// <summary>A lab slip's flag beside a value: ↑, ↓, or "H", "L" after the bracketed range ("(45-84) H").</summary>
    [GeneratedRegex(@"[↑↓]|(?<=[)）\]])\s*(?:h|l|hi|lo|high|low)\b")]
    private static partial Regex Flag();

    [GeneratedRegex(@"[(（\[]?\s*(?:ref(?:erence)?(?:\s+range)?|normal(?:\s+range)?|range|nr|参考值|参考范围|正常值|正常范围)\s*[:：]?\s*[<>≤≥]?\s*\d+(?:\.\d+)?\s*(?:-|–|~|to|到|至)?\s*(?:\d+(?:\.\d+)?)?[^)）\]\d]*[)）\]]?")]
    private static partial Regex Reference();
}

using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Labs;

/// <summary>
/// How a lab value is said beside its figure: a strict bound ("below 0.07", "&gt;3 g", 低于0.07), a range ("70-80 umol/L",
/// "1 to 2 g", 1到2克, 70多, 一百多), another vague figure (10以上, "at least 3"), a reference range or date to set aside.
/// </summary>
internal static partial class LabCues
{
    /// <summary>The answer without a reference range copied from the report ("(ref 0.7-4.0)", "normal range 44-133", （参考值 44-133）) or the date of the test ("2025-10-10").</summary>
    /// <remarks>Also a bare bracketed range ("Cr 98 umol/L (45-84) H") and the slip's flags (↑, ↓, H, L).</remarks>
    public static string WithoutReference(string prepared) =>
        Date().Replace(RangeAfterUnit().Replace(RangeBeforeUnit().Replace(BareRange().Replace(Flag().Replace(Reference().Replace(prepared, " "), " "), " "), " "), " "), " ");

    /// <summary>
    /// The answer without a value of before, said after the current one ("248. Is that bad? It was 190 in the summer",
    /// "248 last week (was 190 in june)", 262，上次是200): the clause from its "was" (上次, 之前, 以前) to the end of the
    /// sentence. A "was" before any figure ("it was 248 last week") is the value itself and stays.
    /// </summary>
    public static string WithoutEarlierValue(string prepared) =>
        EarlierValue().Replace(prepared, m => prepared[..m.Index].Any(char.IsAsciiDigit) && m.Value.Any(char.IsAsciiDigit) ? " " : m.Value);

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

    /// <summary>
    /// The range an answer gives as its value, written once with each end so that each is read with the unit said after it:
    /// "70-80 umol/L" → "70 umol/L" and "80 umol/L"; "between 1 and 2 g", "1 or 2 g", 1到2克, 80~90; a whole number and
    /// tenths (1点几克, "3 point something") and a round figure and 多 or 几 (肌酐80多: above 80 and up to 90; 260多; 一百多:
    /// above 100 and up to 200), whose lower end is excluded. Null
    /// when there is none, or when the answer holds another figure beside it ("80-90, checked 2 weeks ago").
    /// </summary>
    public static (string Lower, string Upper, bool LowerExcluded)? RangeSaid(string prepared)
    {
        if (TwoEnds().Match(prepared) is { Success: true } ends)
        {
            return Ends(prepared, ends, ends.Groups["a"].Value, ends.Groups["b"].Value, lowerExcluded: false);
        }

        if (WholeAndTenths().Match(prepared) is { Success: true } tenths
            && int.TryParse(tenths.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var whole))
        {
            // 1点几克, "3 point something": above the whole number and up to the next.
            return Ends(prepared, tenths, Invariant(whole), Invariant(whole + 1), lowerExcluded: true);
        }

        if (RoundAndMore().Match(prepared) is { Success: true } round
            && double.TryParse(round.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var figure)
            && figure > 0)
        {
            var step = Math.Pow(10, round.Groups["n"].Value.Length - round.Groups["n"].Value.TrimEnd('0').Length);
            return Ends(prepared, round, Invariant(figure), Invariant(figure + step), lowerExcluded: true);
        }

        if (ChineseRoundAndMore().Match(prepared) is { Success: true } chinese)
        {
            var digit = chinese.Groups["d"].Success ? ChineseDigits.IndexOf(chinese.Groups["d"].Value[0], StringComparison.Ordinal) : 1;
            var place = chinese.Groups["place"].Value == "百" ? 100 : 10;
            var tens = (digit == 10 ? 2 : digit) * place;
            return tens > 0 ? Ends(prepared, chinese, Invariant(tens), Invariant(tens + place), lowerExcluded: true) : null;
        }

        return null;
    }

    private static (string Lower, string Upper, bool LowerExcluded)? Ends(string prepared, Match range, string lower, string upper, bool lowerExcluded)
    {
        var before = prepared[..range.Index];
        var after = prepared[(range.Index + range.Length)..];
        return Digit().IsMatch(TwentyFourHours().Replace(before + " " + after, " "))
            ? null
            : (before + lower + " " + after, before + upper + " " + after, lowerExcluded);
    }

    private static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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

    /// <summary>Two figures as the ends of a range: "70-80", "1 to 2", "1 or 2", 1到2, 80~90, "between 1 and 2".</summary>
    [GeneratedRegex(@"(?:\bbetween\s+)?(?<![\d.])(?<a>\d+(?:\.\d+)?)\s*(?:-|–|~|～|\bto\b|\bor\b|(?<=between\s+\S+\s*)(?:and|&)|到|至|或)\s*(?<b>\d+(?:\.\d+)?)(?![\d.])")]
    private static partial Regex TwoEnds();

    /// <summary>A whole number and some tenths: 1点几, 3点多, "2 point something".</summary>
    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,3})\s*(?:点\s*(?:几|多)|point\s+something)")]
    private static partial Regex WholeAndTenths();

    /// <summary>A round figure and 多 or 几: 80多, 260多, 100几.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<n>\d+)\s*(?:多|几)(?!\s*(?:克|g\b))")]
    private static partial Regex RoundAndMore();

    /// <summary>Tens or hundreds in Chinese numerals and 多 or 几: 一百多, 两百多, 八十几, 十几.</summary>
    [GeneratedRegex(@"(?<![\d一二两三四五六七八九十百千])(?<d>[一二两三四五六七八九])?(?<place>[十百])(?:多|几)(?!\s*(?:克|g\b))")]
    private static partial Regex ChineseRoundAndMore();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,2}|[一二两三四五六七八九])\s*(?:(?:克|g|gm|grams?)\s*多|多\s*克|(?:point\s+)?something\s*(?:g|gm|grams?)(?![a-z])|(?:g|gm|grams?)\s+and\s+something)")]
    private static partial Regex GramsAndSomething();

    [GeneratedRegex(@"(?:\b(?:it|that|she|he|hers|mine|his)\s+)?\b(?:was|used\s+to\s+be|had\s+been)\b(?:[^.;!?]|(?<=\d)\.(?=\d))*|(?:上次|上回|之前|以前|原来|先前)(?:是|为|查的是|查的|查)?[^。；;，,！!？?]*")]
    private static partial Regex EarlierValue();

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

    /// <summary>A reference range a slip prints between the value and its unit ("肌酐(CREA) 262 ↑ 57-111 μmol/L"): a range
    /// right after a figure of its own, before a unit.</summary>
    [GeneratedRegex(@"(?<=\d\s+)\d+(?:\.\d+)?\s*[-–~]\s*\d+(?:\.\d+)?(?=\s*(?:[µμu]mol|mg|g\b|g/|mmol|iu|微摩尔|毫克|克|毫摩尔))")]
    private static partial Regex RangeBeforeUnit();

    /// <summary>A lab slip's flag beside a value: ↑, ↓, or "H", "L" after the bracketed range ("(45-84) H").</summary>
    [GeneratedRegex(@"[↑↓]|(?<=[)）\]])\s*(?:h|l|hi|lo|high|low)\b")]
    private static partial Regex Flag();

    [GeneratedRegex(@"[(（\[]?\s*(?:ref(?:erence)?(?:\s+range)?|normal(?:\s+range)?|range|nr|参考值|参考范围|参考区间|参考|正常值|正常范围)\s*[:：]?\s*[<>≤≥]?\s*\d+(?:\.\d+)?\s*(?:-|–|~|to|到|至)?\s*(?:\d+(?:\.\d+)?)?[^)）\]\d]*[)）\]]?")]
    private static partial Regex Reference();
}

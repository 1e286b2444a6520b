using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Sorts the numbers of a dose answer into amounts (a number with a mass unit: "5 mg", 10毫克, "0.5 g") and tablet counts
/// (a number before a tablet word, 两片, "2 tablets"; a number just before an amount, "two 5 mg", "2 x 5 mg",
/// "half a 10 mg", "two and a half of the 5mg ones"; a number multiplying an amount, "5 mg x 2"; a number of the tablets an amount was said of, "2.5mg tabs,
/// 3 of them"). Numbers that are neither are left over: a bare "10"
/// has no unit.
/// </summary>
internal static partial class DoseAmountReader
{
    private const double MilligramsPerGram = 1000;
    private const double MilligramsPerMicrogram = 0.001;
    private const double Half = 0.5;

    /// <summary>The amounts, counts and left-over numbers among <paramref name="numbers"/> of <paramref name="prepared"/>.</summary>
    public static DoseNumbers Read(string prepared, IReadOnlyList<NumberMention> numbers)
    {
        var amounts = new List<MassAmount>();
        var rest = new List<NumberMention>();
        foreach (var number in numbers)
        {
            var unit = MassUnit().Match(prepared, number.End);
            if (unit.Success)
            {
                amounts.Add(new MassAmount(number.Start, unit.Index + unit.Length, number.Value * Factor(unit)));
            }
            else
            {
                rest.Add(number);
            }
        }

        var counts = new List<TabletCount>();
        var others = new List<NumberMention>();
        foreach (var number in rest)
        {
            if (counts.Any(c => number.Overlaps(c.Start, c.End)))
            {
                continue;
            }

            if (AsCount(prepared, number, amounts, rest) is { } count)
            {
                counts.Add(count);
            }
            else
            {
                others.Add(number);
            }
        }

        return new DoseNumbers(amounts, counts, others);
    }

    private static TabletCount? AsCount(string prepared, NumberMention number, List<MassAmount> amounts, List<NumberMention> numbers)
    {
        var tablets = TabletWord().Match(prepared, number.End);
        if (OfThem().Match(prepared, number.End) is { Success: true } ofThem && amounts.Any(a => a.End <= number.Start))
        {
            // "2.5mg tabs, 3 of them": the count of the tablets just named.
            return new TabletCount(number.Start, ofThem.Index + ofThem.Length, number.Value);
        }

        if (tablets.Success)
        {
            var end = tablets.Index + tablets.Length;
            var andAHalf = tablets.Groups["half"].Success ? Half : 0;
            return new TabletCount(number.Start, end, number.Value + andAHalf);
        }

        var before = amounts.FirstOrDefault(a => a.Start >= number.End && CountBeforeAmount().IsMatch(prepared[number.End..a.Start]));
        if (before != default)
        {
            // "two 5 mg and a half" ("two 5s and a half"): two and a half tablets of 5 mg.
            return new TabletCount(number.Start, number.End, number.Value + (AndAHalf().IsMatch(prepared, before.End) ? Half : 0));
        }

        var after = amounts.FirstOrDefault(a => a.End <= number.Start
            && (CountAfterAmount().IsMatch(prepared[a.End..number.Start])
                || (CountAfterNamedTablets().IsMatch(prepared[a.End..number.Start]) && CountedPerDay(prepared, number))));
        return after != default && !numbers.Any(n => n.Start >= after.End && n.End <= number.Start)
            ? new TabletCount(number.Start, number.End, number.Value)
            : null;
    }

    /// <summary>True when the number is said per day: a daily frequency from it on ("3 a day", "three every morning",
    /// "2 daily") or a time of day after it ("two in the morning").</summary>
    private static bool CountedPerDay(string prepared, NumberMention number) =>
        SplitDayCounts.TimeOfDayAfter(prepared, number.End)
        || FrequencyReader.FindAll(prepared).Any(said => said.Frequency.IntervalDays == 1 && said.Start >= number.Start
            && string.IsNullOrWhiteSpace(prepared[number.End..Math.Max(number.End, said.Start)]));

    private static double Factor(Match unit) =>
        unit.Groups["g"].Success ? MilligramsPerGram
        : unit.Groups["mcg"].Success ? MilligramsPerMicrogram
        : 1;

    [GeneratedRegex(@"\G\s*(?:(?<mg>mg|mgs|milligrams?|milligrammes?|毫克)|(?<mcg>mcg|µg|μg|ug|micrograms?|微克)|(?<g>g|gm|grams?|grammes?|克))(?![a-z])")]
    private static partial Regex MassUnit();

    [GeneratedRegex(@"\G\s*(?:(?:a|an)\s+)?(?:tablets?|tabs?|pills?|capsules?|caps?|片|粒|颗)(?<half>半|\s+and\s+a\s+half\b)?")]
    private static partial Regex TabletWord();

    [GeneratedRegex(@"\G\s*(?:tablets?|tabs?|pills?|ones?)?\s+and\s+a\s+half\b")]
    private static partial Regex AndAHalf();

    [GeneratedRegex(@"\G\s*of (?:them|those|these|the (?:tablets?|tabs?|pills?))\b")]
    private static partial Regex OfThem();

    [GeneratedRegex(@"^\s*(?:x|×|\*|of)?\s*(?:a|an|the|my|those|these)?\s*$")]
    private static partial Regex CountBeforeAmount();

    [GeneratedRegex(@"^\s*(?:tablets?|tabs?|pills?|片|粒)?\s*(?:x|×|\*)\s*$")]
    private static partial Regex CountAfterAmount();

    /// <summary>Between tablets named by their strength and a bare number ("5mg tablets, 3 a day", "the 500 microgram
    /// tablets - she takes three every morning"): that number counts them when a time of day or "a day" follows it.</summary>
    [GeneratedRegex(@"^\s*(?:[a-z]+\s+)?(?:tablets?|tabs?|pills?|capsules?|caps?)\s*(?:[,;:\-–—]|\band\b)\s*(?:(?:and\s+)?(?:i|she|he|they|we|mum|mom|dad)\s+(?:take|takes|has|have|gets|get)\s+)?$")]
    private static partial Regex CountAfterNamedTablets();

}

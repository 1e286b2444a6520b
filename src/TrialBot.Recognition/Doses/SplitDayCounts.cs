using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Adds up tablets counted by the time of day when one strength is given for them all: 早2片晚1片，每片4毫克 (3 tablets),
/// "2 tabs in the morning and 1 at night, 4mg each" (3). Each count stands beside its own time of day; a count of one
/// that states the strength ("一片5毫克") stands beside none and is left out; one count is enough beside a strength ("5mg
/// tablets, 2 in the morning"); a clock time ("at 8 in the morning", "8am") is no count.
/// </summary>
internal static partial class SplitDayCounts
{
    private const int TimeWordReach = 3;

    /// <summary>The tablets of the day, when two counts or more are each said with a time of day beside the one amount; null otherwise.</summary>
    public static double? Total(string prepared, IReadOnlyList<MassAmount> amounts, IReadOnlyList<TabletCount> counts, IReadOnlyList<NumberMention> others)
    {
        if (amounts.Count != 1)
        {
            return null;
        }

        var timed = counts.Select(c => (c.Start, c.End, Tablets: c.Count))
            .Concat(others.Select(o => (o.Start, o.End, Tablets: o.Value)))
            .Where(c => Timed(prepared, c.Start, c.End) && !ClockTime(prepared, c.Start, c.End))
            .ToList();

        // One count with its time of day is enough when the amount is said as the tablets' strength: "5mg tablets, 2 in the morning".
        var least = StrengthAndTotal.IsStrength(prepared, amounts[0]) ? 1 : 2;
        return timed.Count >= least ? timed.Sum(t => t.Tablets) : null;
    }

    /// <summary>True when there are two figures or more and each is said with its own time of day ("10 in the morning 5
    /// at night", 早上10晚上5): a dose split over the day, in the unit the question asks.</summary>
    public static bool EachTimed(string prepared, IReadOnlyList<NumberMention> figures) =>
        figures.Count >= 2 && figures.All(f => Timed(prepared, f.Start, f.End) && !ClockTime(prepared, f.Start, f.End));

    /// <summary>"at 8 in the morning", "8am": a clock time, not a number of tablets.</summary>
    private static bool ClockTime(string prepared, int start, int end) =>
        AtBefore().IsMatch(prepared[Math.Max(0, start - TimeWordReach - 1)..start]) || ClockAfter().IsMatch(prepared, end);

    [GeneratedRegex(@"(?:\bat|@|点)\s*$")]
    private static partial Regex AtBefore();

    [GeneratedRegex(@"\G(?:\s?(?:am|pm|oclock|o clock)\b|:\d\d|点)")]
    private static partial Regex ClockAfter();

    /// <summary>True when a time of day follows <paramref name="end"/> ("2 in the morning", "3 at night").</summary>
    public static bool TimeOfDayAfter(string prepared, int end) => TimeAfter().IsMatch(prepared, end);

    private static bool Timed(string prepared, int start, int end) =>
        TimeBefore().IsMatch(prepared[Math.Max(0, start - TimeWordReach)..start]) || TimeAfter().IsMatch(prepared, end);

    [GeneratedRegex(@"(?:早上|早晨|早|上午|中午|下午|晚上|晚|睡前|(?:早|午|中|晚)(?:饭|餐)(?:前|后)?)\s*(?:又|再|也|还)?\s*$")]
    private static partial Regex TimeBefore();

    [GeneratedRegex(@"\G\s*(?:tablets?|tabs?|pills?|片|粒|颗)?\s*(?:(?:in the|at|before|with)\s+)?(?:morning|mornings|noon|midday|lunch|lunchtime|breakfast|dinner|dinnertime|supper|afternoon|evening|evenings|night|nights|bedtime|am|pm)\b")]
    private static partial Regex TimeAfter();
}

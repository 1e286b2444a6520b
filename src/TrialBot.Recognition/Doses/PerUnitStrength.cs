using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Finds an amount said as the strength of one unit: "each one 5mg", "5mg each", "5 mg apiece", "per tablet 5mg",
/// 每个5毫克, 一支5毫克. Such an amount is never the day's dose by itself: the units taken are counted by a figure beside it,
/// often with a counter not read as tablets ("8 biji", "6 of them", 8个).
/// </summary>
internal static partial class PerUnitStrength
{
    /// <summary>The words that make the amount between <paramref name="start"/> and <paramref name="end"/> the strength of
    /// one unit, or null when they are not there (not "5mg each morning": that is how often). A count with a word of its own
    /// before "of" ("8 biji of 5mg", "8 nos of 5mg") says so too; not a time ("2 weeks of 5mg").</summary>
    public static (int Start, int End)? Around(string prepared, int start, int end)
    {
        if (Before().Match(prepared[..start]) is { Success: true } before)
        {
            return (before.Index, before.Index + before.Length);
        }

        return After().Match(prepared[end..]) is { Success: true } after ? (end + after.Index, end + after.Index + after.Length) : null;
    }

    [GeneratedRegex(
        @"(?:\beach(?:\s+(?:one|tab(?:let)?s?|pills?|pieces?|biji|capsules?|caps?))?|\bper\s+(?:tab(?:let)?|pill|piece|one|capsule|cap)|\bone\s+(?:is|=))\s*(?:is|are|was|of|=|:)?\s*$|" +
        @"(?<=\b\d+(?:\.\d+)?\s+(?!(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|times?|mg|mgs|x)\b)[a-z]+\s+)of\s+(?:the\s+)?$|" +
        @"(?:每|一)(?:个|颗|粒|片|支|只)\s*(?:是|为|都是)?\s*$")]
    private static partial Regex Before();

    [GeneratedRegex(@"^\s*(?:each|apiece|a\s+piece|per\s+(?:tab(?:let)?|pill|piece|capsule|cap))\b(?!\s+(?:day|morning|night|evening|time|week|month|dose|noon|afternoon|am|pm)\b)")]
    private static partial Regex After();
}

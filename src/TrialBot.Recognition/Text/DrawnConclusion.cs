using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// The conclusion a person draws at the end of an answer, after working it out: "He turned 3 in October, so early 2024",
/// "prednisone 5mg. so 15 a day", "that makes it 12.5", 二宝出生那年，也就是2019年, 一片5毫克，所以一天15. A reader that
/// cannot read the whole answer, or reads it as something else, reads what follows the last such cue, to confirm.
/// </summary>
internal static partial class DrawnConclusion
{
    /// <summary>What follows the last conclusion cue of a prepared answer, when it holds a figure; otherwise null.</summary>
    /// <param name="prepared">The prepared answer.</param>
    /// <returns>The conclusion's text, or null.</returns>
    public static string? Of(string prepared)
    {
        if (Cue().Matches(prepared) is not { Count: > 0 } cues)
        {
            return null;
        }

        var last = cues[^1];
        var rest = prepared[(last.Index + last.Length)..];
        return rest.Any(char.IsAsciiDigit) ? rest : null;
    }

    [GeneratedRegex(@"(?:^|[,.;:!?，。；：]|\s)\s*(?:so|so\s+thats|so\s+that\s+makes\s+it|which\s+(?:makes|made)\s+it|that\s+makes\s+it|meaning|i\.e\.?|所以|也就是|也就是说|就是说)\s+|(?:所以|也就是|也就是说|就是说)(?=\s*(?:一天|每天|\d))")]
    private static partial Regex Cue();
}

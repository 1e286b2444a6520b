using System.Globalization;

namespace TrialBot.Recognition.Doses;

/// <summary>The small counts that appear inside frequency phrases ("twice", "three times", 两次, 每3天).</summary>
internal static class SmallNumbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["once"] = 1, ["one"] = 1, ["twice"] = 2, ["two"] = 2, ["thrice"] = 3, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["一"] = 1, ["二"] = 2, ["两"] = 2, ["三"] = 3, ["四"] = 4, ["五"] = 5,
        ["六"] = 6, ["七"] = 7, ["八"] = 8,
    };

    /// <summary>The count in <paramref name="text"/> (digits, an English word or a Chinese numeral); <paramref name="fallback"/> when empty.</summary>
    public static double Parse(string text, double fallback) =>
        text.Length == 0 ? fallback
        : Words.TryGetValue(text, out var word) ? word
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
        : fallback;
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Tablets taken morning, noon and night written as three small figures with a 0 among them, as prescriptions are written
/// in South Asia ("Wysolone 5mg 1-0-1", "0-0-1", "1-0-½"): written as the tablets of a day ("x 2 a day"), which the dose
/// readers read. Not a range or a date (no 0, or a figure over 3).
/// </summary>
internal static partial class TimesOfDayNotation
{
    /// <summary>True when <paramref name="prepared"/> holds such a notation.</summary>
    public static bool In(string prepared) => Notation().IsMatch(prepared);

    /// <summary><paramref name="prepared"/> with each notation written as its tablets a day (1-0-1 as " x 2 a day ").</summary>
    public static string AsTabletsADay(string prepared) =>
        Notation().Replace(prepared, m => FormattableString.Invariant($" x {Part(m.Groups["morning"].Value) + Part(m.Groups["noon"].Value) + Part(m.Groups["night"].Value)} a day "));

    private static double Part(string part) => part == "½" ? 0.5 : double.Parse(part, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\d./-])(?=[^\s]*\b0\b)(?<morning>[0-3](?:\.5)?|½)\s*-\s*(?<noon>[0-3](?:\.5)?|½)\s*-\s*(?<night>[0-3](?:\.5)?|½)(?![\d./-])")]
    private static partial Regex Notation();
}

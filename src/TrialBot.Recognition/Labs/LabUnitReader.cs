using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Labs;

/// <summary>
/// Reads the unit written just after a number in a prepared answer. The Recognizers.Text dimension model cannot do this:
/// it drops denominators ("2.6 mg/dl" → 2.6 mg) and does not know µmol/L at all, so the units are read here, with every
/// spelling seen in lab reports: mg/dL, mg/L, 毫克/升, mg/dl, µmol/L, μmol/L, umol/L, micromol/L, 微摩尔/升, mmol/L, 毫摩尔/升, g/L, 克/升, g/24h, g/24 hours,
/// g per day, grams a day, g/d, 克/24小时, 克/天, mg/24h, 毫克/24小时.
/// </summary>
internal static partial class LabUnitReader
{
    /// <summary>The unit that starts at <paramref name="index"/> (after optional spaces), and the index just past it.</summary>
    public static (LabUnit Unit, int End) ReadAt(string prepared, int index)
    {
        foreach (var (pattern, unit) in Units)
        {
            var match = pattern().Match(prepared, index);
            if (match.Success)
            {
                return (unit, match.Index + match.Length);
            }
        }

        return (LabUnit.None, index);
    }

    private const string Per = @"\s*(?:/|per|a|an|each|every|in|每)\s*";
    private const string Litre = @"(?:l|liters?|litres?|升)(?![a-z])";
    private const string Day = @"(?:24\s*-?\s*(?:h|hrs?|hours?|小时)|days?|d|天|日)(?![a-z])";
    private const string Milligrams = "(?:mg|mgs|milligrams?|毫克)";
    private const string Grams = "(?:g|gm|grams?|克)";

    private static readonly (Func<Regex> Pattern, LabUnit Unit)[] Units =
    [
        (MilligramsPerDecilitre, LabUnit.MilligramsPerDecilitre),
        (MicromolesPerLitre, LabUnit.MicromolesPerLitre),
        (MillimolesPerLitre, LabUnit.MillimolesPerLitre),
        (MilligramsPer24Hours, LabUnit.MilligramsPer24Hours),
        (MilligramsPerLitre, LabUnit.MilligramsPerLitre),
        (GramsPerLitre, LabUnit.GramsPerLitre),
        (GramsPer24Hours, LabUnit.GramsPer24Hours),
        (OtherUnit, LabUnit.Other),
        (GramsOnly, LabUnit.GramsOnly),
        (MilligramsOnly, LabUnit.MilligramsOnly),
        (MicromolesOnly, LabUnit.MicromolesOnly),
        (IncompleteUnit, LabUnit.Incomplete),
    ];

    [GeneratedRegex(@"\G\s*" + Milligrams + @"\s*(?:/|per|每)\s*(?:dl|deciliters?|decilitres?|分升)(?![a-z])")]
    private static partial Regex MilligramsPerDecilitre();

    [GeneratedRegex(@"\G\s*(?:[uµμ]\s?mol|micromol|micromoles?|micro-moles?|微摩尔?)\s*(?:/|per|每)\s*" + Litre)]
    private static partial Regex MicromolesPerLitre();

    [GeneratedRegex(@"\G\s*(?:mmol|millimol|millimoles?|毫摩尔?)\s*(?:/|per|每)\s*" + Litre)]
    private static partial Regex MillimolesPerLitre();

    [GeneratedRegex(@"\G\s*" + Milligrams + Per + Day)]
    private static partial Regex MilligramsPer24Hours();

    [GeneratedRegex(@"\G\s*" + Milligrams + @"\s*(?:/|per|每|a|an)\s*" + Litre)]
    private static partial Regex MilligramsPerLitre();

    [GeneratedRegex(@"\G\s*" + Grams + @"(?![a-z/])(?!\s*(?:/|per\b|每))")]
    private static partial Regex GramsOnly();

    [GeneratedRegex(@"\G\s*" + Milligrams + @"(?![a-z/])(?!\s*(?:/|per\b|每))")]
    private static partial Regex MilligramsOnly();

    [GeneratedRegex(@"\G\s*(?:[uµμ]\s?mol|micromol|micromoles?|微摩尔?)(?![a-z/])(?!\s*(?:/|per\b|每))")]
    private static partial Regex MicromolesOnly();

    [GeneratedRegex(@"\G\s*" + Grams + @"\s*(?:/|per|每)\s*" + Litre)]
    private static partial Regex GramsPerLitre();

    [GeneratedRegex(@"\G\s*" + Grams + Per + Day)]
    private static partial Regex GramsPer24Hours();

    [GeneratedRegex(@"\G\s*(?:[a-zµμ]+\s*/\s*[a-z0-9]+|%|[a-z]*(?:mol|iu|u)/[a-z]+)(?![a-z])|\G\s*(?:毫摩尔|摩尔|克|毫克)\s*/\s*(?:毫摩尔|克|毫克|分升|升)")]
    private static partial Regex OtherUnit();

    [GeneratedRegex(@"\G\s*(?:" + Milligrams + "|" + Grams + @"|[uµμ]\s?mol|micromol|micromoles?|微摩尔?|mmol|毫摩尔?)(?![a-z])")]
    private static partial Regex IncompleteUnit();
}

using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Writes a year people name by what happened in it as that year before dates are read: the year the COVID-19 pandemic
/// began, 2020 ("the covid year", "when covid started", "the first lockdown", 疫情那年, 新冠那年, 疫情刚开始的时候). It is
/// then measured as any year named alone, from its last day. "During covid", which spans years, is left as it is. A year of
/// the Republic of China calendar, as written in Taiwan (民国100年, 民國105年), is its Gregorian year (2011, 2016).
/// </summary>
internal static partial class NamedYears
{
    private const string PandemicYear = "2020";

    /// <summary>The prepared answer with each named year written as its number.</summary>
    public static string Write(string prepared) =>
        RepublicYear().Replace(
            Chinese().Replace(English().Replace(prepared, " " + PandemicYear + " "), PandemicYear + "年"),
            m => int.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is > 0 and < 200
                ? (year + RepublicEra).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年"
                : m.Value);

    /// <summary>The Gregorian year before the Republic of China's first (1912).</summary>
    private const int RepublicEra = 1911;

    [GeneratedRegex(@"民国\s*(?<n>\d{1,3})\s*年")]
    private static partial Regex RepublicYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?:covid|corona|coronavirus|pandemic)\s+year\b|\b(?:the\s+year|when)\s+(?:covid|corona|coronavirus|the\s+pandemic)\s+(?:started|hit|began|came)\b|\b(?:the\s+)?first\s+lockdown\b")]
    private static partial Regex English();

    [GeneratedRegex("(?:新冠疫情|疫情|新冠)(?:开始|刚开始|爆发|第一年)?(?:的)?(?:那一年|那年|那时候|那会儿|的时候)")]
    private static partial Regex Chinese();
}

using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Writes a year people name by what happened in it as that year before dates are read: the year the COVID-19 pandemic
/// began, 2020 ("the covid year", "when covid started", "the first lockdown", 疫情那年, 新冠那年, 疫情刚开始的时候). It is
/// then measured as any year named alone, from its last day. "During covid", which spans years, is left as it is.
/// </summary>
internal static partial class NamedYears
{
    private const string PandemicYear = "2020";

    /// <summary>The prepared answer with each named year written as its number.</summary>
    public static string Write(string prepared) =>
        Chinese().Replace(English().Replace(prepared, " " + PandemicYear + " "), PandemicYear + "年");

    [GeneratedRegex(@"\b(?:the\s+)?(?:covid|corona|coronavirus|pandemic)\s+year\b|\b(?:the\s+year|when)\s+(?:covid|corona|coronavirus|the\s+pandemic)\s+(?:started|hit|began|came)\b|\b(?:the\s+)?first\s+lockdown\b")]
    private static partial Regex English();

    [GeneratedRegex("(?:新冠疫情|疫情|新冠)(?:开始|刚开始|爆发|第一年)?(?:的)?(?:那一年|那年|那时候|那会儿|的时候)")]
    private static partial Regex Chinese();
}

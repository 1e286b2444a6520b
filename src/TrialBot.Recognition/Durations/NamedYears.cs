using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Writes a year people name by what happened in it as that year before dates are read: the year the COVID-19 pandemic
/// began, 2020 ("the covid year", "when covid started", "the first lockdown", 疫情那年, 新冠那年, 疫情刚开始的时候). It is
/// then measured as any year named alone, from its last day. "During covid", which spans years, is left as it is. A year of
/// the Republic of China calendar, as written in Taiwan (民国100年, 民國105年, 108年在台大确诊的), is its Gregorian year (2011,
/// 2016, 2019). So are the year before and after the pandemic began and years named in China by an event (非典那年 2003,
/// 汶川地震那年 and 北京奥运那年 2008).
/// </summary>
internal static partial class NamedYears
{
    private const string PandemicYear = "2020";

    /// <summary>The prepared answer with each named year written as its number.</summary>
    public static string Write(string prepared)
    {
        var written = EnglishBeforeOrAfter().Replace(prepared, m => $" {(m.Groups["after"].Success ? PandemicYearAfter : PandemicYearBefore)} ");
        written = English().Replace(written, " " + PandemicYear + " ");
        written = Chinese().Replace(written, PandemicYear + "年");
        written = ChineseEvents().Replace(written, m => (m.Groups["sars"].Success ? SarsYear : EarthquakeAndOlympicsYear) + "年");
        return RepublicYear().Replace(written, m =>
            int.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is > 0 and < 200
                ? (year + RepublicEra).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年"
                : m.Value);
    }

    private const string PandemicYearBefore = "2019";

    private const string PandemicYearAfter = "2021";

    /// <summary>The SARS outbreak in China (非典).</summary>
    private const string SarsYear = "2003";

    /// <summary>The Wenchuan earthquake and the Beijing Olympics.</summary>
    private const string EarthquakeAndOlympicsYear = "2008";

    /// <summary>The Gregorian year before the Republic of China's first (1912).</summary>
    private const int RepublicEra = 1911;

    /// <summary>A Republic year with its era (民国100年), or as written in Taiwan without it, beside what happened in it
    /// (108年在台大确诊的, 105年3月).</summary>
    [GeneratedRegex(@"民国\s*(?<n>\d{1,3})\s*年|(?<![\d.])(?<n>1[01]\d)\s*年(?=\s*(?:在|确诊|诊断|查出|发现|开始|得|的|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月))")]
    private static partial Regex RepublicYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?:covid|corona|coronavirus|pandemic)\s+year\b|\b(?:the\s+year|when)\s+(?:covid|corona|coronavirus|the\s+pandemic)\s+(?:started|hit|began|came)\b|\b(?:the\s+)?first\s+lockdown\b")]
    private static partial Regex English();

    /// <summary>The year before or after the pandemic began: "the year before covid hit", "the year after covid started".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?year\s+(?:(?<before>before)|(?<after>after))\s+(?:covid|corona|coronavirus|the\s+pandemic)(?:\s+(?:started|hit|began|came))?\b")]
    private static partial Regex EnglishBeforeOrAfter();

    /// <summary>Years named in China by what happened in them: 非典那年 (2003), 汶川地震那年, 北京奥运那年 (2008).</summary>
    [GeneratedRegex("(?:(?<sars>非典)|汶川地震|汶川大地震|北京奥运会?|奥运会?)(?:的)?(?:那一年|那年|那时候|那会儿|的时候)")]
    private static partial Regex ChineseEvents();

    [GeneratedRegex("(?:新冠疫情|疫情|新冠)(?:开始|刚开始|爆发|第一年)?(?:的)?(?:那一年|那年|那时候|那会儿|的时候)")]
    private static partial Regex Chinese();
}

using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Blanks out a year counted as an order or a school grade before lengths are read: 进厂第二年 (the second year at the
/// factory), 儿子上一年级那年 (the year the son started first grade), 上高一, "my first year of teaching". None is a length
/// of time ago ("第二年" is not two years, 一年级 not one year); an event's own date, if the answer gives it, is what is
/// measured. The blanks keep every other position in place.
/// </summary>
internal static partial class OrdinalYears
{
    /// <summary>The answer with each such year replaced by as many spaces.</summary>
    public static string Blank(string prepared) => Ordinal().Replace(prepared, m => new string(' ', m.Length));

    [GeneratedRegex(
        @"第\s*(?:\d{1,2}|[一二两三四五六七八九十]+)\s*年|(?:\d|[一二三四五六七八九])\s*年级|(?<=[初高大研])[一二三四](?![\d一二三四五六七八九十年月天周个])|" +
        @"\b(?:first|second|third|fourth|fifth|final|senior|junior|freshman|sophomore)\s+year\b")]
    private static partial Regex Ordinal();
}

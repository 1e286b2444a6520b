using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>Words in a prepared answer that tell how to read a length of time, found before calling the costly date-time model.</summary>
internal static partial class TimeCues
{
    /// <summary>
    /// True when the answer could hold a date or a length of time: a digit, a number word or a time word. Only then is
    /// the date-time model called (about 0.4 ms and 130–250 KB a call, the costliest model).
    /// </summary>
    public static bool MayHoldTime(string prepared) => TimeWord().IsMatch(prepared);

    /// <summary>"almost", "nearly", 将近, 快 …: the value said is an upper bound close to the truth.</summary>
    public static bool SaysAlmost(string prepared) => Almost().IsMatch(prepared);

    /// <summary>"less than", "under a year", "within", "up to", 不到, 不足 …: only an upper bound is known (the cue "just under" of
    /// <see cref="SaysAlmost"/> does not count, nor a dose that "went up to 10").</summary>
    public static bool SaysLessThan(string prepared) => LessThan().IsMatch(Almost().Replace(prepared, " "));

    /// <summary>The answer without its "less than" cues (what is left of "not even half a year" is the bound, half a year).</summary>
    public static string WithoutLessThan(string prepared) => LessThan().Replace(prepared, " ");

    [GeneratedRegex(
        @"\d|[〇零一二两三四五六七八九十百千半年月周星期天日前去今昨明]|" + MonthWords.ChineseHoliday + @"|疫情|新冠|\b(?:covid|corona|coronavirus|pandemic|lockdown|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" +
        @"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|couple|few|several|dozen|years?|yrs?|" +
        @"months?|mos?|weeks?|wks?|days?|decades?|since|ago|last|next|yesterday|today|tomorrow|january|february|march|april|may|june|" +
        @"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|" +
        @"summer|autumn|fall|winter|" + MonthWords.Holiday + @"|monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday)\b")]
    private static partial Regex TimeWord();

    [GeneratedRegex(@"\b(?:almost|nearly|close to|approaching|just under|not quite)\b|将近|接近|快要|快|差不多要|差一点|几乎")]
    private static partial Regex Almost();

    [GeneratedRegex(
        @"\b(?:less than|fewer than|within|not yet|not even|no more than|at most)\b|(?<!\b(?:went|go|goes|going|gone|bumped|bump|put|puts|increased|raised|upped|moved|came|come|back|it|dose|them|took|take|taken)\s+(?:(?:me|her|him|them|it|us|my\s+dose|the\s+dose)\s+)?)\bup to\b|" +
        @"\bunder (?=\d|a\b|an\b|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|" +
        "不到|不足|少于|未满|没到|没满|不满|以内|之内|最多")]
    private static partial Regex LessThan();
}

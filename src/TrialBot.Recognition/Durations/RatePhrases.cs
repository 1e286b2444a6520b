using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Blanks out how often something is taken or happens ("twice a day", "3 times a week", "5mg a day", "2 a day",
/// "5 days a week", "x2 a day", "one tab per day", 一天80, 每天4片) before lengths of time are read: a rate says how often, not how long,
/// and the "a day" in it is not one day. The blanks keep every other position in place.
/// </summary>
internal static partial class RatePhrases
{
    /// <summary>The answer with each rate, and each "not a single day" (一天没停, "never missed a day"), replaced by as many spaces.</summary>
    public static string Blank(string prepared) =>
        ChineseRate().Replace(NotASingleDay().Replace(Rate().Replace(prepared, m => new string(' ', m.Length)), m => new string(' ', m.Length)), m => new string(' ', m.Length));

    /// <summary>A Chinese rate: 一天80, 每天4片, 一天吃两次, 每日2粒: "a day" before what is taken, not one day.</summary>
    [GeneratedRegex(@"(?:一天|每天|每日|一日|天天)\s*(?:吃|打|用|服|输|口服)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:mg|毫克|片|粒|次|支|瓶|个)?")]
    private static partial Regex ChineseRate();

    /// <summary>"Not a single day" off, said of a course that never stopped: 一天没停, 一天都没断过, 没停过一天, "never missed a day", "haven't missed a day".</summary>
    [GeneratedRegex(@"一天(?:都|也)?没(?:有)?(?:停|断|落下|间断|漏)过?|没(?:有)?(?:停|断|漏)过一天|一天不落|\bnot\s+(?:a\s+single|one)\s+day\b|\b(?:never|not|haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|don'?t|dont|without)\s+(?:even\s+)?(?:missed|missing|miss|skipped|skipping|skip|stopped|stopping)\s+(?:a|one|a\s+single)\s+day\b")]
    private static partial Regex NotASingleDay();

    // A count ("twice", "2", "3 times", "5mg", "2 tabs", "5 days", "x2") then "a"/"per"/"each"/"every"/"/" and a unit of
    // time. A year ("2019 a day later") is no count: at most three digits.
    [GeneratedRegex(
        @"(?:\b(?:once|twice|thrice)|(?:\b(?:\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of)|\bx\s*\d{1,2})" +
        @"\s*(?:x|times?|days?|nights?|tabs?|tablets?|pills?|caps?|capsules?|doses?|mg|mgs|milligrams?|g|grams?)?)" +
        @"\s*(?:(?:a|an|per|each|every)\s+(?:day|week|wk|month|mo|year|yr)|/\s*(?:day|week|wk|month|mo|year|yr|d))\b")]
    private static partial Regex Rate();
}

using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Finds where a person, having said the month, says they do not know its day ("October, but I can't remember the
/// exact date", "started in October, not sure what day", 10月份调的，哪天不记得了, 入院日期是10月几号看不清,
/// 反正是10月份，具体哪天真不知道). The month is the answer, to any of its days: the time is read from its last day and,
/// at the longer end, from its first, so a month across a limit is not known rather than read from one end. Unlike not
/// remembering *when* (<see cref="ForgottenWhen"/>), it takes nothing back from the time said before it (中秋节前几天减的，具体哪天忘了).
/// </summary>
internal static partial class DayNotKnown
{
    /// <summary>True when <paramref name="prepared"/> names a month and, after it, says its day is not known.</summary>
    public static bool Said(string prepared) =>
        Find(prepared) is { } admission && MonthBefore().IsMatch(prepared.AsSpan(0, admission.Index));

    /// <summary>The first saying that the day is not known ("具体哪天忘了", "the exact date I don't remember"), wherever it
    /// is and whatever comes before it; null when there is none.</summary>
    public static Match? Find(string prepared)
    {
        var admission = English().Match(prepared) is { Success: true } english ? english : Chinese().Match(prepared);
        return admission.Success ? admission : null;
    }

    /// <summary><paramref name="prepared"/> with <paramref name="admission"/> made blank (the same length, so that positions
    /// still match).</summary>
    public static string Blank(string prepared, Match admission) =>
        string.Concat(prepared.AsSpan(0, admission.Index), new string(' ', admission.Length), prepared.AsSpan(admission.Index + admission.Length));

    /// <summary>
    /// <paramref name="folded"/> with each doubt about only a calendar detail made blank (the same length): the month, the
    /// year, the day or the side of a holiday of what happened ("yes, had a stroke in 2019, can't remember the month",
    /// 有，前年清明前后中过一次风，清明前还是清明后记不清了). Such a doubt says nothing about whether it happened, so a yes or no
    /// beside it stands; a doubt about *when* ("not sure when"), which a question about a recent time turns on, is not one.
    /// </summary>
    public static string BlankAnyDetail(string folded) =>
        AnyDetail().Replace(folded, m => new string(' ', m.Length));

    /// <summary>A month, English or Chinese ("october", "oct", 10月, 十月份).</summary>
    [GeneratedRegex(@"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月")]
    private static partial Regex MonthBefore();

    /// <summary>The person does not know or remember (English), before the part of the date it is about.</summary>
    private const string EnglishDoubt =
        @"\b(?:(?:cant|can't|cannot|can not|dont|don't|do not|doesnt|doesn't|couldnt|couldn't|didnt|didn't)\s+(?:\w+\s+){0,2}?(?:remember|recall|know)|not\s+(?:\w+\s+)?sure|unsure|no\s+idea|forgot|forget|lost\s+track)\s+(?:of\s+|about\s+)?(?:the\s+|what\s+|which\s+)?(?:exact\s+|actual\s+|specific\s+|precise\s+)?";

    /// <summary>"the date I can't remember": the part of the date before the doubt.</summary>
    private const string EnglishDateThenDoubt = @"\b(?:the\s+)?(?:exact\s+|actual\s+)?(?:day|date)\s+(?:i|we|she|he)\s+(?:cant|can't|cannot|dont|don't|do not)\s+(?:remember|recall|know)\b";

    /// <summary>The person does not know or remember (Chinese).</summary>
    private const string ChineseDoubt = "(?:记不清|记不得|记不住|说不上来|不记得|想不起来?|忘了|忘记了|不清楚|说不清|不知道|看不清|说不准|不确定)";

    /// <summary>A Chinese question word of the day, week or month (哪天, 几号, 日期, 哪周, 几月, 哪个月).</summary>
    private const string ChineseDayWord = "(?:具体)?(?:哪天|哪一天|几号|几日|哪号|日子|日期|哪个星期|哪一周|哪周|几月份?|哪个月)";

    /// <summary>
    /// "can't remember the exact date", "not sure what day", "dont know which week", "no idea of the date", "the day I
    /// can't remember", "forgot the date".
    /// </summary>
    [GeneratedRegex(EnglishDoubt + @"(?:day|date|week|month)\b|" + EnglishDateThenDoubt)]
    private static partial Regex English();

    /// <summary>
    /// 哪天不记得了, 具体哪天真不知道, 几号看不清, 日子忘了, 日期记不清, 不记得是哪天 (a question word of the day, the verb of not
    /// knowing close after it, nothing between that names another event: 哪天又开始吃的记不清 is not knowing when).
    /// </summary>
    [GeneratedRegex(ChineseDayWord + "(?:是|就|我|真|都|也|还|实在|确实|了|，|,|\\s){0,4}" + ChineseDoubt +
        "|(?:记不清|记不得|记不住|说不上来|不记得|想不起来?|忘了|不清楚|不知道|看不清)(?:了|是|具体|，|,|\\s){0,4}(?:哪天|哪一天|几号|几日|哪号)(?![^，。,;；!！?？]{0,8}(?:开始|又|再|停|换|减|加|调))")]
    private static partial Regex Chinese();

    /// <summary>
    /// Doubt about any calendar detail of what happened, the year and the side of a holiday too: "can't remember the
    /// month", "not sure if it was before or after easter", 哪年记不清了, 清明前还是清明后记不清了.
    /// </summary>
    [GeneratedRegex(EnglishDoubt + @"(?:day|date|week|month|year)\b|" + EnglishDateThenDoubt +
        @"|\bnot\s+sure\s+if\s+it\s+was\s+before\s+or\s+after\b[^.,;!?]{0,30}" +
        "|(?:哪年|哪一年|几几年|" + ChineseDayWord + ")[^，。,;；!！?？]{0,6}?" + ChineseDoubt + "了?" +
        "|[^，。,;；!！?？\\s]{1,10}[前后]还是[^，。,;；!！?？\\s]{1,10}[前后]" + ChineseDoubt + "了?")]
    private static partial Regex AnyDetail();
}

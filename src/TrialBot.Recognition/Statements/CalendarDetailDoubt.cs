using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Finds doubt about only the calendar detail of something the person has said ("yes, had a stroke in 2019, can't
/// remember the month", 有，前年清明前后中过一次风，清明前还是清明后记不清了, 中过一次风，哪年记不清了). Not knowing the month, the
/// year or which side of a holiday says nothing about whether it happened, so a yes or no beside it stands. Doubt about
/// *when* ("not sure when"), which a question about a recent time turns on, is not such a detail.
/// </summary>
internal static partial class CalendarDetailDoubt
{
    /// <summary><paramref name="folded"/> with each such doubt made blank (the same length).</summary>
    public static string Blank(string folded) =>
        Doubt().Replace(folded, m => new string(' ', m.Length));

    [GeneratedRegex(@"\b(?:cant|cannot|can not|dont|do not|doesnt|didnt|not sure|unsure|no idea|forgot|forget)\s+(?:\w+\s+){0,2}?(?:(?:remember|recall|know)\s+)?(?:of\s+|about\s+)?(?:the\s+|what\s+|which\s+)?(?:exact\s+)?(?:month|year|date|day|week)\b|\bnot\s+sure\s+if\s+it\s+was\s+before\s+or\s+after\b[^.,;!?]{0,30}|(?:哪年|哪一年|几几年|几月份?|哪个月|哪天|哪一天|几号|具体日期|日期)[^，。,;；!！?？]{0,6}?(?:记不清|记不得|不记得|忘了|不清楚|说不清|说不上来|想不起来?)了?|[^，。,;；!！?？\s]{1,10}[前后]还是[^，。,;；!！?？\s]{1,10}[前后](?:记不清|记不得|不记得|忘了|不清楚|说不清|说不上来)了?")]
    private static partial Regex Doubt();
}

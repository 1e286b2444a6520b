using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Finds where a person says they do not remember *when* ("honestly cant remember when i started again",
/// 这次(?:什么时候|哪天|哪一天|几号|哪个月|什么时间)又开始吃的我真记不清了). A time said before that admits nothing about what was asked: it dates another event
/// ("stopped for a bit in the summer, can't remember when I started again"). Only a time said after it is a guess at
/// the answer ("not sure when, maybe september").
/// </summary>
internal static partial class ForgottenWhen
{
    /// <summary>The end of the first such admission in <paramref name="prepared"/>, or null when it has none.</summary>
    public static int? End(string prepared) =>
        Admission().Match(prepared) is { Success: true } found ? found.Index + found.Length : null;

    [GeneratedRegex(@"\b(?:(?:cant|can't|cannot|can not|dont|don't|do not|couldnt|couldn't|didnt|didn't)\s+(?:\w+\s+){0,2}?(?:remember|recall|know)|(?:no|not any)\s+idea|forgot|forget|not sure|unsure)\s+(?:exactly\s+)?when\b(?!\s+exactly)|(?:什么时候|哪天|哪一天|几号|哪个月|什么时间)[^，。,;；!！?？]{0,20}?(?:记不清|记不得|不记得|想不起来?|忘了|不清楚|说不清|不知道)了?|(?:记不清|记不得|不记得|想不起来?|忘了|不清楚|说不清|不知道)(?:是|从)?(?:什么时候|哪天|哪一天|几号|哪个月|什么时间)(?:[^，。,;；!！?？]{0,12}?(?:开始|吃|用|的))*")]
    private static partial Regex Admission();
}

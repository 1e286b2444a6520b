using System.Text.RegularExpressions;
using TrialBot.Screening.Answers;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Reads how a steroid dose is given: by mouth ("tablets", "pills", "by mouth", "po", 口服, 片, 吃) or as an injection or
/// drip ("IV", "infusion", "injection", "shot", the injectable brands Solu-Medrol, Depo-Medrol, Kenalog, Solu-Cortef,
/// Diprospan; 针, 注射, 静脉, 静滴, 输液, 挂水, 点滴, 肌注, 打了, 得宝松). Both said is no one route.
/// </summary>
internal static partial class RouteReader
{
    /// <summary>The route the answer says; <see cref="DoseRoute.Unstated"/> when it says none; null when it says both.
    /// An injection told as past, in sentences of its own, beside a sentence of the dose taken now ("Prednisolone 25mg a
    /// day now. She had the IV steroid drip in hospital in October (3 days), then 30 a day"), is not the route of the dose now.</summary>
    public static DoseRoute? Read(string prepared)
    {
        prepared = WithoutPastInjections(prepared);
        var injected = IsInjected(prepared);
        var oral = Oral().IsMatch(prepared) || ChineseOral().IsMatch(prepared);
        return (injected, oral) switch
        {
            (true, true) => null,
            (true, false) => DoseRoute.Injected,
            (false, true) => DoseRoute.Oral,
            _ => DoseRoute.Unstated,
        };
    }

    private static bool IsInjected(string text) => Injected().IsMatch(text) || ChineseInjected().IsMatch(text);

    /// <summary>The answer less its sentences that tell an injection in the past, when another sentence gives the dose now
    /// with no injection in it; the answer itself otherwise.</summary>
    private static string WithoutPastInjections(string prepared)
    {
        var sentences = Sentence().Split(prepared);
        if (sentences.Length < 2 || !sentences.Any(s => Now().IsMatch(s) && !IsInjected(s)))
        {
            return prepared;
        }

        var injections = sentences.Where(IsInjected).ToList();
        return injections.Count > 0 && injections.All(s => Past().IsMatch(s) && !Now().IsMatch(s))
            ? string.Join(". ", sentences.Where(s => !IsInjected(s)))
            : prepared;
    }

    [GeneratedRegex(@"[.;!?。；！？\n]+(?!\d)")]
    private static partial Regex Sentence();

    /// <summary>The dose taken now: "now", "currently", "at the moment", 现在, 目前.</summary>
    [GeneratedRegex(@"\b(?:now|currently|at the moment|at present|these days|nowadays)\b|现在|目前|如今|眼下")]
    private static partial Regex Now();

    /// <summary>A time gone by: "had", "was given", "in hospital", "in October", "last month", "ago", 住院时, 上个月, 10月, 之前.</summary>
    [GeneratedRegex(@"\b(?:had|was given|were given|got|received|gave (?:her|him|me)|in (?:the )?hospital|was in|last (?:week|month|year)|ago|back in|before|in (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\b|住院|那时|那会|之前|以前|上个月|上周|去年|前年|[0-9一二三四五六七八九十]+月|打过|输过|用过")]
    private static partial Regex Past();

    [GeneratedRegex(@"\b(?:iv|i\.v|intravenous(?:ly)?|infusions?|drips?|injections?|inj|injected|injectable|inject|shots?|jabs?|intramuscular(?:ly)?|depot|solu ?-? ?medrol|solumedrol|depo ?-? ?medrol|depomedrol|kenalog|solu ?-? ?cortef|diprospan|in the (?:butt|arm|hip|muscle)|through (?:a|the) vein)\b")]
    private static partial Regex Injected();

    [GeneratedRegex("针|注射|静脉|静滴|静推|输液|挂水|吊水|吊瓶|点滴|肌注|打了|打过|打的|在打|打激素|得宝松|输了|挂了")]
    private static partial Regex ChineseInjected();

    [GeneratedRegex(@"\b(?:tablets?|tabs?|pills?|by mouth|orally|oral|po|p\.o|capsules?|caps)\b")]
    private static partial Regex Oral();

    [GeneratedRegex("口服|片|吃|服用")]
    private static partial Regex ChineseOral();
}

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
    /// <summary>The route the answer says; <see cref="DoseRoute.Unstated"/> when it says none; null when it says both.</summary>
    public static DoseRoute? Read(string prepared)
    {
        var injected = Injected().IsMatch(prepared) || ChineseInjected().IsMatch(prepared);
        var oral = Oral().IsMatch(prepared) || ChineseOral().IsMatch(prepared);
        return (injected, oral) switch
        {
            (true, true) => null,
            (true, false) => DoseRoute.Injected,
            (false, true) => DoseRoute.Oral,
            _ => DoseRoute.Unstated,
        };
    }

    [GeneratedRegex(@"\b(?:iv|i\.v|intravenous(?:ly)?|infusions?|drips?|injections?|inj|injected|injectable|inject|shots?|jabs?|intramuscular(?:ly)?|depot|solu ?-? ?medrol|solumedrol|depo ?-? ?medrol|depomedrol|kenalog|solu ?-? ?cortef|diprospan|in the (?:butt|arm|hip|muscle)|through (?:a|the) vein)\b")]
    private static partial Regex Injected();

    [GeneratedRegex("针|注射|静脉|静滴|静推|输液|挂水|吊水|吊瓶|点滴|肌注|打了|打过|打的|在打|打激素|得宝松|输了|挂了")]
    private static partial Regex ChineseInjected();

    [GeneratedRegex(@"\b(?:tablets?|tabs?|pills?|by mouth|orally|oral|po|p\.o|capsules?|caps)\b")]
    private static partial Regex Oral();

    [GeneratedRegex("口服|片|吃|服用")]
    private static partial Regex ChineseOral();
}

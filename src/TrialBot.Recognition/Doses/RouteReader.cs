using System.Text.RegularExpressions;
using TrialBot.Recognition.Medicines;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Reads how a steroid dose is given: by mouth ("tablets", "pills", "by mouth", "po", 口服, 片, 吃) or as an injection or
/// drip ("IV", "infusion", "injection", "shot", the injectable brands Solu-Medrol, Depo-Medrol, Kenalog, Solu-Cortef,
/// Diprospan; 针, 注射, 静脉, 静滴, 输液, 挂水, 点滴, 肌注, 打了, 得宝松). Both said is no one route.
/// </summary>
internal static partial class RouteReader
{
    /// <summary>The route the answer says; <see cref="DoseRoute.Unstated"/> when it says none; null when it says both.</summary>
    /// <param name="prepared">The prepared answer (with <see cref="WithoutOtherInjections"/> applied).</param>
    public static DoseRoute? Read(string prepared)
    {
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

    /// <summary>
    /// The answer with its clauses that tell an injection not of the dose now made blank (the same length), when another
    /// clause gives a dose in mg with no injection in it; the answer itself otherwise. Such an injection is past ("was 60
    /// right after the IV", "I had 3 IV pulses in hospital in Nov but I'm back on tablets"), another medicine's ("the
    /// benlysta shot is weekly", 贝利尤单抗每月输一次) or said to be no steroid; its figures, days and pulse are not the dose now.
    /// </summary>
    /// <param name="prepared">The prepared answer.</param>
    /// <param name="mentions">The medicines named in it.</param>
    /// <returns>The answer without those clauses.</returns>
    public static string WithoutOtherInjections(string prepared, IReadOnlyList<MedicineMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (!IsInjected(prepared))
        {
            return prepared;
        }

        var clauses = Clauses.Split(prepared).SelectMany(c => InBrackets(prepared, c.Start, c.End)).Select(c => (c.Start, c.End, Text: prepared[c.Start..c.End])).ToList();
        var injections = clauses.Where(c => IsInjected(c.Text)).ToList();
        if (!clauses.Any(c => !IsInjected(c.Text) && DoseInMg().IsMatch(c.Text))
            || !injections.All(c => !Now().IsMatch(c.Text) && (Past().IsMatch(c.Text) || SaidNoSteroid(clauses, c.Start) || OfAnotherMedicine(c.Start, c.End, mentions))))
        {
            return prepared;
        }

        var kept = prepared.ToCharArray();
        foreach (var (start, end, _) in injections)
        {
            Array.Fill(kept, ' ', start, end - start);
        }

        return new string(kept);
    }

    /// <summary>The clause split again at brackets: "7.5 mg prednisone (the benlysta shot is weekly" is two.</summary>
    private static IEnumerable<(int Start, int End)> InBrackets(string text, int start, int end)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '(' or ')' or '（' or '）')
            {
                if (i > from)
                {
                    yield return (from, i);
                }

                from = i + 1;
            }
        }

        if (end > from)
        {
            yield return (from, end);
        }
    }

    /// <summary>True when the clause starting at <paramref name="start"/>, or the one after it, says it is no steroid
    /// ("the benlysta shot is weekly but that's not a steroid").</summary>
    private static bool SaidNoSteroid(List<(int Start, int End, string Text)> clauses, int start)
    {
        var at = clauses.FindIndex(c => c.Start == start);
        return NoSteroid().IsMatch(clauses[at].Text) || (at + 1 < clauses.Count && NoSteroid().IsMatch(clauses[at + 1].Text));
    }

    /// <summary>True when the clause names a medicine that is no corticosteroid (belimumab, rituximab, cyclophosphamide).</summary>
    private static bool OfAnotherMedicine(int start, int end, IReadOnlyList<MedicineMention> mentions) =>
        mentions.Any(m => m.Start >= start && m.End <= end && m.Medicine.Class != MedicineClass.Corticosteroid)
        && !mentions.Any(m => m.Start >= start && m.End <= end && m.Medicine.Class == MedicineClass.Corticosteroid);

    /// <summary>A dose in mg: "40mg", "5 mg", 10毫克.</summary>
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:mg|mgs|milligrams?|毫克)|[一二两三四五六七八九十半]+\s*毫克")]
    private static partial Regex DoseInMg();

    /// <summary>Said to be no steroid: "that's not a steroid", "isn't a steroid", 不是激素.</summary>
    [GeneratedRegex(@"\bnot\s+(?:a\s+)?steroids?\b|\bisnt\s+(?:a\s+)?steroids?\b|不是激素|不算激素")]
    private static partial Regex NoSteroid();


    /// <summary>The dose taken now: "now", "currently", "at the moment", 现在, 目前.</summary>
    [GeneratedRegex(@"\b(?:now|currently|at the moment|at present|these days|nowadays)\b|现在|目前|如今|眼下")]
    private static partial Regex Now();

    /// <summary>A time gone by: "had", "was given", "in hospital", "in October", "last month", "ago", 住院时, 上个月, 10月, 之前.</summary>
    [GeneratedRegex(@"\b(?:had|was|were|was given|were given|got|received|right after|after the|gave (?:her|him|me)|in (?:the )?hospital|was in|last (?:week|month|year)|ago|back in|before|in (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\b|住院|那时|那会|之前|以前|上个月|上周|去年|前年|[0-9一二三四五六七八九十]+月|打过|输过|用过")]
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

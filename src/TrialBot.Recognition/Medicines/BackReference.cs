using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// A status said of a medicine by referring back to it from a later clause that names none: "hydroxychloroquine but i
/// stopped it 2 months ago", "cellcept, came off it in may", 羟氯喹，但是已经停了, 医生开了他克莫司，还没吃. The status word holds
/// a pronoun ("it", "them"), its clause opens with a contrast (but, 但是, 不过), or the clause is the status alone; it then
/// applies to the medicines of the nearest earlier clause that names any and gave them no status of their own ("it" to the
/// last of them only).
/// </summary>
internal static partial class BackReference
{
    /// <summary>Sets in <paramref name="statuses"/> the status referred back to, where a later clause refers back.</summary>
    public static void Apply(string prepared, IReadOnlyList<PhraseMatch<MedicineName>> names, IReadOnlyList<(int Start, int End)> clauses, IReadOnlyList<PhraseMatch<StatusCue>> cues, MedicineStatus?[] statuses, bool[] ownCue)
    {
        foreach (var cue in cues.Where(c => c.Tag.Status is MedicineStatus.Stopped or MedicineStatus.Planned or MedicineStatus.Uncertain))
        {
            var clause = Clauses.IndexOf(clauses, cue.Start);
            if (clause <= 0 || names.Any(n => Clauses.IndexOf(clauses, n.Start) == clause))
            {
                continue;
            }

            var (start, end) = clauses[clause];
            if (!Pronoun().IsMatch(prepared[start..end]) && !ContrastOpener().IsMatch(prepared[start..end]) && !StatusAlone(prepared, start, end, cue))
            {
                continue;
            }

            var earlier = Enumerable.Range(0, names.Count)
                .Select(i => (Index: i, Clause: Clauses.IndexOf(clauses, names[i].Start)))
                .Where(n => n.Clause < clause)
                .ToList();
            if (earlier.Count == 0)
            {
                continue;
            }

            // "it" is one medicine, the last one named ("prednisone 7.5 and imuran, not sure if she takes it"); "them", a
            // contrast or a bare status, every one of that clause.
            var nearest = earlier.Max(n => n.Clause);
            var referred = earlier.Where(n => n.Clause == nearest).ToList();
            if (SingularPronoun().IsMatch(prepared[start..end]) && !PluralPronoun().IsMatch(prepared[start..end]))
            {
                referred = [referred[^1]];
            }

            foreach (var (index, _) in referred.Where(n => !ownCue[n.Index] && statuses[n.Index] == MedicineStatus.Current))
            {
                statuses[index] = cue.Tag.Status;
            }
        }
    }

    /// <summary>
    /// A clause that says nothing but the status, with at most a word of time or degree around it (医生开了他克莫司，还没吃;
    /// 羟氯喹，已经停了; "cellcept, stopped"): Chinese names no pronoun, and a bare status can only be about what came before.
    /// </summary>
    private static bool StatusAlone(string prepared, int start, int end, PhraseMatch<StatusCue> cue)
    {
        var rest = (prepared[start..cue.Start] + " " + prepared[cue.End..end]).Trim();
        return rest.Length == 0 || StatusFiller().IsMatch(rest);
    }

    [GeneratedRegex(@"^(?:(?:already|yet|now|since|then|and|but|早就|已经|现在|目前|还|就|又|都|了|呢|啦|吧|的|吃|用|打)\s*)+$")]
    private static partial Regex StatusFiller();

    [GeneratedRegex(@"(?<![a-z])(?:it|them|those|that one)(?![a-z])")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"(?<![a-z])(?:it|that one)(?![a-z])")]
    private static partial Regex SingularPronoun();

    [GeneratedRegex(@"(?<![a-z])(?:them|those|both|all of them|either)(?![a-z])")]
    private static partial Regex PluralPronoun();

    [GeneratedRegex(@"^\s*(?:but|though|although|however|但是|但|不过|可是)")]
    private static partial Regex ContrastOpener();
}

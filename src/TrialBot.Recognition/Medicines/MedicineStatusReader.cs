using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Gives each medicine named in an answer its status from the nearest status word of its clause (<see cref="Clauses"/>)
/// that reaches it (<see cref="CueReach"/>): "stopped methotrexate; prednisone 5 mg" stops only methotrexate,
/// "prednisone and stopped methotrexate" too (a word that reaches either way reaches forward when a medicine follows it),
/// "methotrexate and azathioprine stopped" stops both; a later clause that names none may refer back
/// (<see cref="BackReference"/>: "plaquenil but i stopped it"). A medicine with no status word is taken now.
/// </summary>
internal static partial class MedicineStatusReader
{
    /// <summary>The status of each name in <paramref name="names"/> (null for a denied one: "no steroids").</summary>
    public static IReadOnlyList<MedicineStatus?> Read(string prepared, IReadOnlyList<PhraseMatch<MedicineName>> names)
    {
        var clauses = Clauses.Split(prepared);
        // A status word in a question the person asks ("would i have to stop those?", 要停药吗) states nothing; not knowing
        // whether a medicine is taken holds a question of its own (不知道她有没有在吃) and is no question to the bot.
        var cues = StatusLexicon.Matcher.FindAll(prepared)
            .Where(c => !names.Any(n => c.Start < n.End && n.Start < c.End))
            .Where(c => c.Tag.Status == MedicineStatus.Uncertain
                || Clauses.IndexOf(clauses, c.Start) is var clause && (clause < 0 || !Questions.QuestionBack.IsQuestionClause(prepared, clauses[clause].Start, clauses[clause].End)))
            .ToList();
        var statuses = new MedicineStatus?[names.Count];
        var ownCue = new bool[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var clause = Clauses.IndexOf(clauses, name.Start);
            var best = cues
                .Where(c => Clauses.IndexOf(clauses, c.Start) == clause && Reaches(c, name, names, clauses, clause))
                .OrderBy(c => c.End <= name.Start ? name.Start - c.End : c.Start - name.End)
                .ThenBy(c => Priority(c.Tag))
                .Select(c => (PhraseMatch<StatusCue>?)c)
                .FirstOrDefault();
            statuses[i] = best is { } cue ? cue.Tag.Status : MedicineStatus.Current;
            ownCue[i] = best is not null;
        }

        ApplyContrast(prepared, names, clauses, statuses);
        BackReference.Apply(prepared, names, clauses, cues, statuses, ownCue);
        ApplyChange(prepared, names, clauses, cues, statuses);
        return statuses;
    }

    /// <summary>
    /// "Azathioprine for a year, then they switched me to CellCept", "硫唑嘌呤吃了一年，后来换成骁悉": a clause that opens
    /// with a change of medicine stops the medicines of the clause just before it that have no status word of their own.
    /// </summary>
    private static void ApplyChange(string prepared, IReadOnlyList<PhraseMatch<MedicineName>> names, IReadOnlyList<(int Start, int End)> clauses, IReadOnlyList<PhraseMatch<StatusCue>> cues, MedicineStatus?[] statuses)
    {
        for (var change = 1; change < clauses.Count; change++)
        {
            if (!ChangeOpener().IsMatch(prepared[clauses[change].Start..clauses[change].End]))
            {
                continue;
            }

            var earlier = change - 1;
            if (cues.Any(c => Clauses.IndexOf(clauses, c.Start) == earlier))
            {
                continue;
            }

            for (var i = 0; i < names.Count; i++)
            {
                if (Clauses.IndexOf(clauses, names[i].Start) == earlier && statuses[i] == MedicineStatus.Current)
                {
                    statuses[i] = MedicineStatus.Stopped;
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:and\s+|but\s+)?(?:then\s+)?(?:(?:they|the doctor|my doctor|my rheumatologist|doctor|i|we)\s+)?(?:switched|changed|swapped|moved)(?![a-z])|^\s*(?:后来|然后|之后|再)?(?:医生)?(?:给我)?(?:换成|改成|改用|换用|换了)")]
    private static partial Regex ChangeOpener();

    /// <summary>
    /// "Rituximab last year, now just Plaquenil", "以前X，现在Y": when a later clause opens with "now" (现在, 目前) and
    /// does not add to what came before ("also", 也, 还), a medicine of an earlier clause with no status word is no
    /// longer taken. What follows "now" must name a medicine: "prednisone but only 5mg now" says how the
    /// prednisone is taken now, and stops nothing.
    /// </summary>
    private static void ApplyContrast(string prepared, IReadOnlyList<PhraseMatch<MedicineName>> names, IReadOnlyList<(int Start, int End)> clauses, MedicineStatus?[] statuses)
    {
        var contrast = clauses.Select((clause, index) => (clause, index))
            .FirstOrDefault(c => c.index > 0 && NowOpener().IsMatch(prepared[c.clause.Start..c.clause.End]) && !Addition().IsMatch(prepared[c.clause.Start..c.clause.End])
                && AfterABreak(prepared, c.clause.Start) && names.Any(n => n.Start >= c.clause.Start));
        if (contrast.index == 0)
        {
            return;
        }

        var hasCue = StatusLexicon.Matcher.FindAll(prepared).Select(c => Clauses.IndexOf(clauses, c.Start)).ToHashSet();
        for (var i = 0; i < names.Count; i++)
        {
            var clause = Clauses.IndexOf(clauses, names[i].Start);
            if (clause < contrast.index && !hasCue.Contains(clause) && statuses[i] == MedicineStatus.Current)
            {
                statuses[i] = MedicineStatus.Stopped;
            }
        }
    }

    /// <summary>Whether the clause starts after punctuation ("Rituximab last year, now just Plaquenil"), not straight after
    /// the words before it: the "now" of "Just prednisone now. I was on Plaquenil" says how the prednisone is taken.</summary>
    private static bool AfterABreak(string prepared, int start)
    {
        var at = start - 1;
        while (at >= 0 && char.IsWhiteSpace(prepared[at]))
        {
            at--;
        }

        return at < 0 || char.IsPunctuation(prepared[at]);
    }

    [GeneratedRegex(@"^\s*(?:now|currently|these days|现在|目前)")]
    private static partial Regex NowOpener();

    [GeneratedRegex(@"(?<![a-z])(?:also|too|as well|plus|still)(?![a-z])|也|还|另外|加上")]
    private static partial Regex Addition();

    private static bool Reaches(PhraseMatch<StatusCue> cue, PhraseMatch<MedicineName> name, IReadOnlyList<PhraseMatch<MedicineName>> names, IReadOnlyList<(int Start, int End)> clauses, int clause)
    {
        var before = cue.End <= name.Start;
        return cue.Tag.Reach switch
        {
            CueReach.Forward => before,
            CueReach.Backward => !before,
            _ => before || !names.Any(n => n.Start >= cue.End && Clauses.IndexOf(clauses, n.Start) == clause),
        };
    }

    private static int Priority(StatusCue cue) => cue.Status switch
    {
        MedicineStatus.Uncertain => -1,
        MedicineStatus.Stopped => 0,
        MedicineStatus.Planned => 1,
        null => 2,
        _ => 3,
    };
}

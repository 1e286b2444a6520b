using TrialBot.Recognition.Medicines;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition;

/// <summary>
/// Finds the medicines of a catalog that an answer names, by generic or brand name, abbreviation or a near spelling,
/// English or Chinese ("Medrol and Plaquenil", "pred &amp; HCQ", "我在吃泼尼松和羟氯喹"), each with its status: taken now,
/// stopped ("stopped methotrexate", "used to take", 停了, 以前吃过) or planned ("going to start", 准备用); a medicine
/// denied ("no steroids", 没吃激素) is left out. A class named without a medicine of that class ("steroids and
/// Plaquenil", 激素) is recorded as the class itself (<see cref="MedicineClassIds"/>). "None", "nothing", 没有, 无 are an
/// empty list. Given the person's today, what is said of each medicine's course is kept with it: how long it was taken
/// ("prednisone for 2 weeks", 吃了两周) and how long ago it was taken or stopped ("stopped in 2019", 三年前停了)
/// (<see cref="MedicineCourseReader"/>).
/// </summary>
public sealed partial class MedicineRecognizer
{
    /// <summary>The problem code of an answer that names a medicine the catalog does not know ("tofacitinib").</summary>
    public const string UnknownMedicine = "unknown-medicine";

    private readonly MedicineNameMatcher names;

    /// <summary>Creates a recognizer for the medicines of <paramref name="catalog"/> (see <see cref="MedicineCatalog.Load"/>).</summary>
    public MedicineRecognizer(IEnumerable<Medicine> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        names = new MedicineNameMatcher(catalog);
    }

    /// <summary>How long ago a stop must be to be an earlier course, when the medicine is also named as taken.</summary>
    private static readonly Duration LongStopped = Duration.FromMonths(6);

    /// <summary>Reads the medicines named in <paramref name="text"/>, without their courses (no today to measure dates against).</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">Accepted for symmetry with the other recognizers; names of every language are always matched.</param>
    /// <returns>The distinct medicines in the order first named, with their status; an empty list for "none", "no
    /// steroids", 没有; unsure for "I don't know"; <see cref="UnknownMedicine"/> when a name the catalog does not know
    /// is given; <see cref="RecognitionProblem.Ambiguous"/> when only a word of no known class is named ("painkillers");
    /// <see cref="RecognitionProblem.NoMedicine"/> otherwise.</returns>
    public Recognition<IReadOnlyList<MedicineTaken>> Recognize(string? text, string? culture) =>
        InputGuard.Normalize(text).Bind(normalized => Recognize(AnswerText.Prepare(normalized), today: null));

    /// <summary>Reads the medicines named in <paramref name="text"/>, each with what is said of its course.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">Accepted for symmetry with the other recognizers; names of every language are always matched.</param>
    /// <param name="today">The person's today (the conversation's clock), against which dates are measured.</param>
    /// <returns>As <see cref="Recognize(string?, string?)"/>, with each medicine's <see cref="MedicineTaken.TakenFor"/> and
    /// <see cref="MedicineTaken.TakenAgo"/> when the answer says them.</returns>
    public Recognition<IReadOnlyList<MedicineTaken>> Recognize(string? text, string? culture, DateOnly today) =>
        InputGuard.Normalize(text).Bind(normalized => Recognize(AnswerText.Prepare(normalized), today));

    private Recognition<IReadOnlyList<MedicineTaken>> Recognize(string prepared, DateOnly? today)
    {
        var found = names.FindNames(prepared);
        var rest = Blank(prepared, found);
        if (UnknownMedicineShape.Holds(rest) || (found.Count > 0 && UnrecognisedListItem.Holds(rest)))
        {
            return Recognition.NotUnderstood<IReadOnlyList<MedicineTaken>>(UnknownMedicine);
        }

        var statuses = MedicineStatusReader.Read(prepared, found);
        var courses = today is { } day ? MedicineCourseReader.Read(prepared, found, statuses, names, day) : new MedicineCourse[found.Count];
        var taken = new List<MedicineTaken>();
        for (var i = 0; i < found.Count; i++)
        {
            if (statuses[i] is not { } status || found[i].Tag.Class is not { } medicineClass)
            {
                continue;
            }

            var id = found[i].Tag.Medicine?.Id ?? MedicineClassIds.Of(medicineClass);
            var earlier = taken.FindIndex(t => t.Id == id);
            if (id is not null && earlier < 0)
            {
                taken.Add(new MedicineTaken(id, medicineClass, status) { TakenFor = courses[i].TakenFor, TakenAgo = courses[i].TakenAgo });
            }
            else if (earlier >= 0 && taken[earlier].IsCurrent
                && (status is MedicineStatus.Uncertain or MedicineStatus.Planned
                    || (status == MedicineStatus.Stopped && !(courses[i].TakenAgo is { } ago && ago >= LongStopped)
                        && !TakenAgain().IsMatch(prepared, found[i].End))))
            {
                // "plaquenil and methotrexate. dont know if hes on the methotrexate still": named again to doubt it; "pred 5
                // and cellcept but the cellcept was stopped in october", 吗替麦考酚酯10月份暂停了: named again to say it is not
                // taken now. A stop long past ("cellcept 1000 bid. she was on cellcept before too, back in 2019") is an earlier
                // course of a medicine taken again now, and so is a stop followed by a restart (强的松之前6月份停过，10月底又重新吃上了).
                taken[earlier] = taken[earlier] with { Status = status, TakenFor = courses[i].TakenFor ?? taken[earlier].TakenFor, TakenAgo = courses[i].TakenAgo ?? taken[earlier].TakenAgo };
            }
        }

        // A class word beside a named medicine of the same class and status names no other medicine ("steroids: prednisone").
        taken.RemoveAll(t => MedicineClassIds.IsClass(t.Id) && taken.Any(o => !MedicineClassIds.IsClass(o.Id) && o.Class == t.Class && o.Status == t.Status));
        if (taken.Count > 0)
        {
            return Recognition.Of<IReadOnlyList<MedicineTaken>>(taken);
        }

        var yesNo = YesNoRecognizer.RecognizePrepared(prepared);
        if (yesNo.IsUnsure)
        {
            return Recognition.Unsure<IReadOnlyList<MedicineTaken>>();
        }

        if ((yesNo.IsRecognized && !yesNo.Value) || (found.Count > 0 && statuses.All(s => s is null)))
        {
            return Recognition.Of<IReadOnlyList<MedicineTaken>>([]);
        }

        return Recognition.NotUnderstood<IReadOnlyList<MedicineTaken>>(
            found.Count > 0 ? RecognitionProblem.Ambiguous : RecognitionProblem.NoMedicine);
    }

    private static string Blank(string text, IReadOnlyList<PhraseMatch<MedicineName>> found)
    {
        var chars = text.ToCharArray();
        foreach (var name in found)
        {
            Array.Fill(chars, ' ', name.Start, name.Length);
        }

        return new string(chars);
    }

    /// <summary>Words saying a medicine was taken again after it stopped (restarted, back on it, 又重新吃上了); not what only
    /// may come ("she could go back on it once it cleared up", "not sure if she restarted").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"又(?:开始|重新)?(?:吃|用|打)|重新(?:开始)?(?:吃|用|打)|(?<!\b(?:could|can|will|would|should|may|might|to|if|once|when)\s+(?:\w+\s+){0,2})\bback\s+on\b|(?<!\b(?:could|can|will|would|should|may|might|to|if|whether)\s+(?:\w+\s+){0,2})\brestart(?:ed|ing)?\b|\b(?:started|starting|taking|took|on)\s+(?:it\s+|them\s+)?again\b")]
    private static partial System.Text.RegularExpressions.Regex TakenAgain();
}

using TrialBot.Recognition.Medicines;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition;

/// <summary>
/// Finds the medicines of a catalog that an answer names, by generic or brand name, English or Chinese
/// ("Medrol and Plaquenil", "我在吃泼尼松和羟氯喹"), and reads "none", "nothing", "no medicines", 没有, 无 as an empty list.
/// </summary>
public sealed class MedicineRecognizer
{
    private readonly MedicineNameMatcher names;

    /// <summary>Creates a recognizer for the medicines of <paramref name="catalog"/> (see <see cref="MedicineCatalog.Load"/>).</summary>
    public MedicineRecognizer(IEnumerable<Medicine> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        names = new MedicineNameMatcher(catalog);
    }

    /// <summary>Reads the medicines named in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">Accepted for symmetry with the other recognizers; names of every language are always matched.</param>
    /// <returns>The distinct medicines in the order first named; an empty list for "none", "no steroids", 没有; unsure for
    /// "I don't know"; <see cref="RecognitionProblem.Ambiguous"/> when only a class is named ("steroids", 激素);
    /// <see cref="RecognitionProblem.NoMedicine"/> otherwise.</returns>
    public Recognition<IReadOnlyList<Medicine>> Recognize(string? text, string? culture) =>
        InputGuard.Normalize(text).Bind(normalized => Recognize(AnswerText.Prepare(normalized)));

    private Recognition<IReadOnlyList<Medicine>> Recognize(string prepared)
    {
        var medicines = names.FindAll(prepared).Select(m => m.Medicine).Distinct().ToList();
        if (medicines.Count > 0)
        {
            return Recognition.Of<IReadOnlyList<Medicine>>(medicines);
        }

        var yesNo = YesNoRecognizer.RecognizePrepared(prepared);
        if (yesNo.IsUnsure)
        {
            return Recognition.Unsure<IReadOnlyList<Medicine>>();
        }

        if (yesNo.IsRecognized && !yesNo.Value)
        {
            return Recognition.Of<IReadOnlyList<Medicine>>([]);
        }

        return Recognition.NotUnderstood<IReadOnlyList<Medicine>>(
            names.NamesAClass(prepared) ? RecognitionProblem.Ambiguous : RecognitionProblem.NoMedicine);
    }
}

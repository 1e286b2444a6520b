using TrialBot.Recognition;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Fuzz;

/// <summary>
/// One public recognizer of TrialBot.Recognition as the fuzz harness calls it: text and culture in, the reading out,
/// with the magnitudes of a recognised value (which must be finite, and non-negative where a negative means nothing).
/// </summary>
internal sealed record RecognizerUnderTest(string Name, bool NonNegative, Func<string, string, RecognizerReading> Recognize)
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    public static IReadOnlyList<RecognizerUnderTest> All { get; } = Create();

    private static List<RecognizerUnderTest> Create()
    {
        var medicines = new MedicineRecognizer(Trial.Definition.Medicines.All);
        var doses = new DoseRecognizer(Trial.Definition.Medicines.All);
        return
        [
            new("yes-no", false, (text, culture) => Read(YesNoRecognizer.Recognize(text, culture), _ => [])),
            new("age", true, (text, culture) => Read(AgeRecognizer.Recognize(text, culture), years => [years])),
            new("elapsed-time", true, (text, culture) => Read(ElapsedTimeRecognizer.Recognize(text, culture, Today), elapsed => [elapsed.Days])),
            new("medicines", true, (text, culture) => Read(medicines.Recognize(text, culture, Today), taken => [.. taken.SelectMany(t => new[] { t.TakenFor?.Days ?? 0, t.TakenAgo?.Days ?? 0 })])),
            new("dose", true, (text, culture) => Read(doses.Recognize(text, culture), dose => [dose.DailyDose.MgPerDay, dose.PrednisoneEquivalent?.MgPerDay ?? 0])),
            new("number", false, (text, culture) => Read(NumberReader.Read(text, culture), number => [number])),
            new("creatinine", true, (text, culture) => Read(LabValueRecognizer.RecognizeCreatinine(text, culture), value => [value.Figure.MgPerDl])),
            new("proteinuria", true, (text, culture) => Read(LabValueRecognizer.RecognizeProteinuria(text, culture), value => [value.Figure.GramsPer24Hours])),
            new("iga", true, (text, culture) => Read(LabValueRecognizer.RecognizeIgA(text, culture), value => [value.Figure.MgPerDl])),
        ];
    }

    private static RecognizerReading Read<T>(Recognition<T> recognition, Func<T, double[]> magnitudes) =>
        new(recognition.Outcome, recognition.Problem, recognition.TryGetValue(out var value) ? magnitudes(value) : []);
}

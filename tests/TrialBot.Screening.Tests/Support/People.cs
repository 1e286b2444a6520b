using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Tests.Support;

/// <summary>Answers of typical people, to vary one answer at a time.</summary>
internal static class People
{
    /// <summary>A 45-year-old with SLE for 2 years, active on prednisone 10 mg and hydroxychloroquine, no kidney involvement, labs known and fine.</summary>
    public static ScreeningAnswers Eligible() => ScreeningAnswers.Empty
        .Set(QuestionIds.Consent, AnswerValue.FromYesNo(true))
        .Set(QuestionIds.Age, AnswerValue.FromAge(45))
        .Set(QuestionIds.Diagnosis, AnswerValue.FromYesNo(true))
        .Set(QuestionIds.DiagnosisDuration, AnswerValue.FromElapsed(Duration.FromYears(2)))
        .Set(QuestionIds.DiseaseActive, AnswerValue.FromYesNo(true))
        .Set(QuestionIds.Transplant, AnswerValue.FromYesNo(false))
        .Set(QuestionIds.LupusCrisis, AnswerValue.FromYesNo(false))
        .Set(QuestionIds.Cns, AnswerValue.FromYesNo(false))
        .Set(QuestionIds.OtherAutoimmune, AnswerValue.FromYesNo(false))
        .WithTreatment(Medicines("prednisone", "hydroxychloroquine"))
        .Set(QuestionIds.SteroidDose, Dose("prednisone", 10))
        .Set(QuestionIds.SteroidDuration, AnswerValue.FromElapsed(Duration.FromMonths(6)))
        .Set(QuestionIds.SteroidStable, AnswerValue.FromElapsed(Duration.FromMonths(1)))
        .Set(QuestionIds.HighDoseSteroids, AnswerValue.FromYesNo(false))
        .Set(QuestionIds.Kidney, AnswerValue.FromYesNo(false))
        .Set(QuestionIds.Antibodies, AnswerValue.FromYesNo(true))
        .Set(QuestionIds.Sledai, AnswerValue.FromNumber(10))
        .Set(QuestionIds.Iga, AnswerValue.FromIgA(SerumIgA.FromGramsPerLitre(2)))
        .Set(QuestionIds.Location, AnswerValue.FromLocation("Hangzhou", "hangzhou"));

    /// <summary>The eligible person whose lupus affects the kidneys, with kidney values inside the limits.</summary>
    public static ScreeningAnswers EligibleWithNephritis() => Eligible()
        .Set(QuestionIds.Kidney, AnswerValue.FromYesNo(true))
        .Set(QuestionIds.KidneyDialysis, AnswerValue.FromYesNo(false))
        .Set(QuestionIds.KidneyProteinuria, AnswerValue.FromProteinuria(Proteinuria.FromGramsPer24Hours(1.5)))
        .Set(QuestionIds.KidneyCreatinine, AnswerValue.FromCreatinine(SerumCreatinine.FromMicromolPerLitre(90)));

    /// <summary>A treatment answer of the test medicines <paramref name="ids"/>.</summary>
    public static AnswerValue Medicines(params string[] ids) => AnswerValue.FromMedicines(ids.Select(TrialFixture.Medicine));

    /// <summary>A dose answer of <paramref name="mgPerDay"/> mg/day of <paramref name="medicineId"/>.</summary>
    public static AnswerValue Dose(string medicineId, double mgPerDay) =>
        AnswerValue.FromDose(TrialFixture.Medicine(medicineId), DailyDose.FromMgPerDay(mgPerDay));

    /// <summary>These answers with the treatment <paramref name="treatment"/>.</summary>
    public static ScreeningAnswers WithTreatment(this ScreeningAnswers answers, AnswerValue treatment) => answers.Set(QuestionIds.Treatment, treatment);
}

using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Tests.Support;

/// <summary>Answers of typical people, to vary one answer at a time.</summary>
internal static class People
{
    /// <summary>A 45-year-old with SLE for 2 years, active on prednisone 10 mg and hydroxychloroquine, no kidney involvement, labs known and fine.</summary>
    public static ScreeningAnswers Eligible() => ScreeningAnswers.Empty
        .Set(QuestionIds.Consent, new YesNoAnswer(true))
        .Set(QuestionIds.Age, new AgeAnswer(45))
        .Set(QuestionIds.Diagnosis, new YesNoAnswer(true))
        .Set(QuestionIds.DiagnosisDuration, new ElapsedAnswer(Duration.FromYears(2)))
        .Set(QuestionIds.DiseaseActive, new YesNoAnswer(true))
        .Set(QuestionIds.Transplant, new YesNoAnswer(false))
        .Set(QuestionIds.LupusCrisis, new YesNoAnswer(false))
        .Set(QuestionIds.Cns, new YesNoAnswer(false))
        .Set(QuestionIds.OtherAutoimmune, new YesNoAnswer(false))
        .WithTreatment(Medicines("prednisone", "hydroxychloroquine"))
        .Set(QuestionIds.SteroidDose, Dose("prednisone", 10))
        .Set(QuestionIds.SteroidDuration, new ElapsedAnswer(Duration.FromMonths(6)))
        .Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromMonths(1)))
        .Set(QuestionIds.HighDoseSteroids, new YesNoAnswer(false))
        .Set(QuestionIds.Kidney, new YesNoAnswer(false))
        .Set(QuestionIds.Antibodies, new YesNoAnswer(true))
        .Set(QuestionIds.Sledai, new NumberAnswer(10))
        .Set(QuestionIds.Iga, new IgaAnswer(SerumIgA.FromGramsPerLitre(2)))
        .Set(QuestionIds.Location, new LocationAnswer("Hangzhou", "hangzhou"));

    /// <summary>The eligible person whose lupus affects the kidneys, with kidney values inside the limits.</summary>
    public static ScreeningAnswers EligibleWithNephritis() => Eligible()
        .Set(QuestionIds.Kidney, new YesNoAnswer(true))
        .Set(QuestionIds.KidneyDialysis, new YesNoAnswer(false))
        .Set(QuestionIds.KidneyProteinuria, new ProteinuriaAnswer(Proteinuria.FromGramsPer24Hours(1.5)))
        .Set(QuestionIds.KidneyCreatinine, new CreatinineAnswer(SerumCreatinine.FromMicromolPerLitre(90)));

    /// <summary>A treatment answer of the test medicines <paramref name="ids"/>.</summary>
    public static MedicinesAnswer Medicines(params string[] ids) => MedicinesAnswer.Of(ids.Select(TrialFixture.Medicine));

    /// <summary>A dose answer of <paramref name="mgPerDay"/> mg/day of <paramref name="medicineId"/>.</summary>
    public static DoseAnswer Dose(string medicineId, double mgPerDay) =>
        DoseAnswer.Of(TrialFixture.Medicine(medicineId), DailyDose.FromMgPerDay(mgPerDay));

    /// <summary>These answers with the treatment <paramref name="treatment"/>.</summary>
    public static ScreeningAnswers WithTreatment(this ScreeningAnswers answers, Answer treatment) => answers.Set(QuestionIds.Treatment, treatment);
}

using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Answers;

/// <summary>Only the medicines taken now count wherever the bot asks "is X taken"; class-level entries count as their class.</summary>
public class MedicineStatusUseTests
{
    private static bool SkipsSteroidDose(ScreeningAnswers answers) =>
        TrialFixture.Definition.Question(QuestionIds.SteroidDose).AskIf.Any(condition => condition.RulesOut(answers.Get(condition.QuestionId)));

    private static MedicinesAnswer Treatment(params MedicineTaken[] taken) => MedicinesAnswer.Of(taken);

    [Fact]
    public void A_stored_medicine_without_a_status_is_current_and_a_current_one_is_stored_without_it()
    {
        var json = """{"schemaVersion":1,"values":{"treatment":{"kind":"medicines","medicines":[{"id":"prednisone","class":"corticosteroid"}]}}}""";

        var taken = Assert.Single(Assert.IsType<MedicinesAnswer>(ScreeningAnswersJson.Deserialize(json)!.Get(QuestionIds.Treatment)).Medicines);

        Assert.Equal(MedicineStatus.Current, taken.Status);
        Assert.DoesNotContain("status", ScreeningAnswersJson.Serialize(ScreeningAnswers.Empty.Set(QuestionIds.Treatment, Treatment(taken))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stopped_medicine_survives_a_save_and_load()
    {
        var answers = ScreeningAnswers.Empty.Set(QuestionIds.Treatment, Treatment(new MedicineTaken("methotrexate", MedicineClass.Immunosuppressant, MedicineStatus.Stopped)));

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;

        Assert.Equal(MedicineStatus.Stopped, Assert.Single(Assert.IsType<MedicinesAnswer>(loaded.Get(QuestionIds.Treatment)).Medicines).Status);
    }

    [Fact]
    public void A_stopped_steroid_does_not_bring_the_steroid_questions()
    {
        var answers = People.Eligible().WithTreatment(Treatment(
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid, MedicineStatus.Stopped),
            new MedicineTaken("hydroxychloroquine", MedicineClass.Antimalarial)));

        Assert.True(SkipsSteroidDose(answers));
    }

    [Fact]
    public void A_steroid_named_only_by_its_class_brings_the_steroid_questions()
    {
        var answers = People.Eligible().WithTreatment(Treatment(
            new MedicineTaken(MedicineClassIds.Corticosteroid, MedicineClass.Corticosteroid),
            new MedicineTaken("hydroxychloroquine", MedicineClass.Antimalarial)));

        Assert.False(SkipsSteroidDose(answers));
    }

    [Fact]
    public void A_low_dose_beside_an_immunosuppressant_the_person_does_not_know_is_taken_is_not_known()
    {
        var answers = People.Eligible()
            .WithTreatment(Treatment(
                new MedicineTaken("prednisone", MedicineClass.Corticosteroid),
                new MedicineTaken("tacrolimus", MedicineClass.Immunosuppressant, MedicineStatus.Uncertain)))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", 5));

        Assert.Equal(CriterionStatus.Unknown, Scores.StatusOf(answers, "I4"));
    }

    [Fact]
    public void A_low_dose_beside_an_immunosuppressant_taken_now_passes_and_without_one_fails()
    {
        var lowDose = People.Eligible().Set(QuestionIds.SteroidDose, People.Dose("prednisone", 5));

        Assert.Equal(CriterionStatus.Pass, Scores.StatusOf(lowDose.WithTreatment(Treatment(
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid),
            new MedicineTaken("tacrolimus", MedicineClass.Immunosuppressant))), "I4"));
        Assert.Equal(CriterionStatus.Fail, Scores.StatusOf(lowDose.WithTreatment(Treatment(
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid),
            new MedicineTaken("tacrolimus", MedicineClass.Immunosuppressant, MedicineStatus.Planned))), "I4"));
    }

    [Fact]
    public void A_medicine_not_known_to_be_taken_survives_a_save_and_load()
    {
        var answers = ScreeningAnswers.Empty.Set(QuestionIds.Treatment, Treatment(new MedicineTaken("tacrolimus", MedicineClass.Immunosuppressant, MedicineStatus.Uncertain)));

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;

        Assert.Equal(MedicineStatus.Uncertain, Assert.Single(Assert.IsType<MedicinesAnswer>(loaded.Get(QuestionIds.Treatment)).Medicines).Status);
    }

    [Fact]
    public void Only_stopped_medicines_are_no_standard_regimen()
    {
        var answers = People.Eligible().WithTreatment(Treatment(new MedicineTaken("hydroxychloroquine", MedicineClass.Antimalarial, MedicineStatus.Stopped)));

        Assert.Equal(CriterionStatus.Fail, Scores.StatusOf(answers, "I4"));
    }
}

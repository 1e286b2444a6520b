using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Answers;

public class ScreeningAnswersTests
{
    [Fact]
    public void SetReplacesAndClearRemovesOneAnswer()
    {
        var first = ScreeningAnswers.Empty.Set(QuestionIds.Age, AnswerValue.FromAge(30));
        var changed = first.Set(QuestionIds.Age, AnswerValue.FromAge(31));
        var cleared = changed.Clear(QuestionIds.Age);

        Assert.Equal(30, first.Get(QuestionIds.Age)!.AsAgeYears());
        Assert.Equal(31, changed.Get(QuestionIds.Age)!.AsAgeYears());
        Assert.False(cleared.Has(QuestionIds.Age));
        Assert.False(ScreeningAnswers.Empty.Has(QuestionIds.Age));
    }

    [Fact]
    public void DontKnowIsAnAnswerWithoutAValue()
    {
        var answer = AnswerValue.Unknown(AnswerKind.Creatinine);

        Assert.True(ScreeningAnswers.Empty.Set(QuestionIds.KidneyCreatinine, answer).Has(QuestionIds.KidneyCreatinine));
        Assert.Null(answer.AsCreatinine());
    }

    [Fact]
    public void ReadingAnAnswerAsAnotherKindGivesNull()
    {
        Assert.Null(AnswerValue.FromAge(40).AsElapsed());
        Assert.Null(AnswerValue.FromYesNo(true).AsNumber());
    }

    [Fact]
    public void DosesAreStoredAsPrednisoneEquivalent()
    {
        var answer = People.Dose("methylprednisolone", 8);

        Assert.Equal(10, answer.AsPrednisoneEquivalentDose()!.Value.MgPerDay, 9);
        Assert.Equal("methylprednisolone", answer.MedicineId);
        Assert.False(answer.EquivalenceContested);
        Assert.True(People.Dose("deflazacort", 6).EquivalenceContested);
    }

    [Fact]
    public void MedicinesKeepTheirClasses()
    {
        var medicines = People.Medicines("prednisone", "hydroxychloroquine", "prednisone").AsMedicines()!;

        Assert.Equal(
            [new MedicineTaken("prednisone", TrialBot.Screening.Medicines.MedicineClass.Corticosteroid), new MedicineTaken("hydroxychloroquine", TrialBot.Screening.Medicines.MedicineClass.Antimalarial)],
            medicines);
    }

    [Fact]
    public void ANonsenseValueIsRefusedAtTheEdge()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerValue.FromAge(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerValue.FromNumber(double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => AnswerValue.FromLocation(" ", null));
        Assert.Throws<ArgumentException>(() => AnswerValue.FromDose(TrialFixture.Medicine("hydroxychloroquine"), DailyDose.FromMgPerDay(200)));
    }
}

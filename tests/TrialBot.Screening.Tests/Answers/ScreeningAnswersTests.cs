using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Answers;

public class ScreeningAnswersTests
{
    [Fact]
    public void Set_replaces_and_clear_removes_one_answer()
    {
        var first = ScreeningAnswers.Empty.Set(QuestionIds.Age, new AgeAnswer(30));
        var changed = first.Set(QuestionIds.Age, new AgeAnswer(31));
        var cleared = changed.Clear(QuestionIds.Age);

        Assert.Equal(30, Assert.IsType<AgeAnswer>(first.Get(QuestionIds.Age)).Years);
        Assert.Equal(31, Assert.IsType<AgeAnswer>(changed.Get(QuestionIds.Age)).Years);
        Assert.False(cleared.Has(QuestionIds.Age));
        Assert.False(ScreeningAnswers.Empty.Has(QuestionIds.Age));
    }

    [Fact]
    public void Dont_know_is_an_answer_without_a_value()
    {
        var answer = new UnknownAnswer(AnswerKind.Creatinine);

        Assert.True(ScreeningAnswers.Empty.Set(QuestionIds.KidneyCreatinine, answer).Has(QuestionIds.KidneyCreatinine));
        Assert.Equal(AnswerKind.Creatinine, answer.Kind);
        Assert.IsNotType<CreatinineAnswer>(ScreeningAnswers.Empty.Set(QuestionIds.KidneyCreatinine, answer).Get(QuestionIds.KidneyCreatinine));
    }

    [Fact]
    public void Each_answer_type_is_of_its_own_kind()
    {
        Assert.Equal(AnswerKind.Age, new AgeAnswer(40).Kind);
        Assert.Equal(AnswerKind.YesNo, new YesNoAnswer(true).Kind);
        Assert.Equal(AnswerKind.ElapsedTime, new ElapsedAnswer(Duration.FromDays(3)).Kind);
        Assert.Equal(AnswerKind.Iga, new IgaAnswer(SerumIgA.FromMgPerDl(200)).Kind);
        Assert.IsAssignableFrom<LabAnswer>(new ProteinuriaAnswer(Proteinuria.FromGramsPer24Hours(0.3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnknownAnswer((AnswerKind)99));
    }

    [Fact]
    public void Doses_are_stored_as_prednisone_equivalent()
    {
        var answer = People.Dose("methylprednisolone", 8);

        Assert.Equal(10, answer.PrednisoneEquivalent.MgPerDay, 9);
        Assert.Equal("methylprednisolone", answer.MedicineId);
        Assert.False(answer.EquivalenceContested);
        Assert.True(People.Dose("deflazacort", 6).EquivalenceContested);
    }

    [Fact]
    public void Medicines_keep_their_classes()
    {
        var medicines = People.Medicines("prednisone", "hydroxychloroquine", "prednisone").Medicines;

        Assert.Equal(
            [new MedicineTaken("prednisone", TrialBot.Screening.Medicines.MedicineClass.Corticosteroid), new MedicineTaken("hydroxychloroquine", TrialBot.Screening.Medicines.MedicineClass.Antimalarial)],
            medicines);
    }

    [Fact]
    public void A_nonsense_value_is_refused_at_the_edge()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgeAnswer(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumberAnswer(double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => new LocationAnswer(" ", null));
        Assert.Throws<ArgumentException>(() => DoseAnswer.Of(TrialFixture.Medicine("hydroxychloroquine"), DailyDose.FromMgPerDay(200)));
    }
}

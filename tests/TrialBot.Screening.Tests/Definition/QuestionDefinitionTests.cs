using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

public class QuestionDefinitionTests
{
    private static QuestionDefinition Question(string id) => TrialFixture.Definition.Question(id);

    [Fact]
    public void Accepts_an_answer_of_its_kind()
    {
        Assert.True(Question(QuestionIds.Age).Accepts(new AgeAnswer(45)));
        Assert.True(Question(QuestionIds.SteroidDose).Accepts(People.Dose("prednisone", 10)));
        Assert.True(Question(QuestionIds.Treatment).Accepts(People.Medicines()));
        Assert.True(Question(QuestionIds.KidneyCreatinine).Accepts(new CreatinineAnswer(SerumCreatinine.FromMgPerDl(1))));
    }

    [Fact]
    public void Refuses_an_answer_of_another_kind()
    {
        Assert.False(Question(QuestionIds.Age).Accepts(new NumberAnswer(45)));
        Assert.False(Question(QuestionIds.Iga).Accepts(new CreatinineAnswer(SerumCreatinine.FromMgPerDl(1))));
    }

    [Fact]
    public void Refuses_an_implausible_number()
    {
        Assert.False(Question(QuestionIds.Age).Accepts(new AgeAnswer(130)));
        Assert.False(Question(QuestionIds.Sledai).Accepts(new NumberAnswer(-1)));
        Assert.False(Question(QuestionIds.Sledai).Accepts(new NumberAnswer(106)));
        Assert.True(Question(QuestionIds.Sledai).Accepts(new NumberAnswer(105)));
    }

    [Fact]
    public void Consent_cannot_be_answered_dont_know()
    {
        Assert.False(Question(QuestionIds.Consent).Accepts(new UnknownAnswer(AnswerKind.YesNo)));
        Assert.True(Question(QuestionIds.Diagnosis).Accepts(new UnknownAnswer(AnswerKind.YesNo)));
    }

    [Fact]
    public void Applies_follows_the_conditions()
    {
        var definition = TrialFixture.Definition;
        var noKidney = ScreeningAnswers.Empty.Set(QuestionIds.Kidney, new YesNoAnswer(false));
        var unsureKidney = ScreeningAnswers.Empty.Set(QuestionIds.Kidney, new UnknownAnswer(AnswerKind.YesNo));

        Assert.False(definition.Applies(QuestionIds.KidneyCreatinine, noKidney));
        Assert.True(definition.Applies(QuestionIds.KidneyCreatinine, unsureKidney));
        Assert.True(definition.Applies(QuestionIds.KidneyCreatinine, ScreeningAnswers.Empty));
        Assert.True(definition.Applies(QuestionIds.Age, noKidney));
    }
}

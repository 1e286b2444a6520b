using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

public class QuestionDefinitionTests
{
    private static QuestionDefinition Question(string id) => TrialFixture.Definition.Question(id);

    [Fact]
    public void AcceptsAnAnswerOfItsKind()
    {
        Assert.True(Question(QuestionIds.Age).Accepts(AnswerValue.FromAge(45)));
        Assert.True(Question(QuestionIds.SteroidDose).Accepts(People.Dose("prednisone", 10)));
        Assert.True(Question(QuestionIds.Treatment).Accepts(People.Medicines()));
        Assert.True(Question(QuestionIds.KidneyCreatinine).Accepts(AnswerValue.FromCreatinine(SerumCreatinine.FromMgPerDl(1))));
    }

    [Fact]
    public void RefusesAnAnswerOfAnotherKind()
    {
        Assert.False(Question(QuestionIds.Age).Accepts(AnswerValue.FromNumber(45)));
        Assert.False(Question(QuestionIds.Iga).Accepts(AnswerValue.FromCreatinine(SerumCreatinine.FromMgPerDl(1))));
    }

    [Fact]
    public void RefusesAnImplausibleNumber()
    {
        Assert.False(Question(QuestionIds.Age).Accepts(AnswerValue.FromAge(130)));
        Assert.False(Question(QuestionIds.Sledai).Accepts(AnswerValue.FromNumber(-1)));
        Assert.False(Question(QuestionIds.Sledai).Accepts(AnswerValue.FromNumber(106)));
        Assert.True(Question(QuestionIds.Sledai).Accepts(AnswerValue.FromNumber(105)));
    }

    [Fact]
    public void ConsentCannotBeAnsweredDontKnow()
    {
        Assert.False(Question(QuestionIds.Consent).Accepts(AnswerValue.Unknown(AnswerKind.YesNo)));
        Assert.True(Question(QuestionIds.Diagnosis).Accepts(AnswerValue.Unknown(AnswerKind.YesNo)));
    }

    [Fact]
    public void RefusesAnIncompleteAnswer()
    {
        Assert.False(Question(QuestionIds.Diagnosis).Accepts(new AnswerValue { Kind = AnswerKind.YesNo }));
        Assert.False(Question(QuestionIds.SteroidDose).Accepts(new AnswerValue { Kind = AnswerKind.Dose, Amount = 10 }));
    }

    [Fact]
    public void AppliesFollowsTheConditions()
    {
        var definition = TrialFixture.Definition;
        var noKidney = ScreeningAnswers.Empty.Set(QuestionIds.Kidney, AnswerValue.FromYesNo(false));
        var unsureKidney = ScreeningAnswers.Empty.Set(QuestionIds.Kidney, AnswerValue.Unknown(AnswerKind.YesNo));

        Assert.False(definition.Applies(QuestionIds.KidneyCreatinine, noKidney));
        Assert.True(definition.Applies(QuestionIds.KidneyCreatinine, unsureKidney));
        Assert.True(definition.Applies(QuestionIds.KidneyCreatinine, ScreeningAnswers.Empty));
        Assert.True(definition.Applies(QuestionIds.Age, noKidney));
    }
}

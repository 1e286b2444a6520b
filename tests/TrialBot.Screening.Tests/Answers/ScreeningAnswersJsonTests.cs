using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Answers;

public class ScreeningAnswersJsonTests
{
    private static ScreeningAnswers Everything() => People.EligibleWithNephritis()
        .Set(QuestionIds.Sledai, AnswerValue.Unknown(AnswerKind.Number))
        .Set(QuestionIds.SteroidDose, People.Dose("deflazacort", 9))
        .Set(QuestionIds.Location, AnswerValue.FromLocation("London", null));

    [Fact]
    public void AnswersSurviveASaveAndLoad()
    {
        var answers = Everything();

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;

        AssertSameAnswers(answers, loaded);
    }

    [Fact]
    public void AnswersSurviveTheBotFrameworksSerializer()
    {
        var answers = Everything();
        var settings = new Newtonsoft.Json.JsonSerializerSettings { TypeNameHandling = Newtonsoft.Json.TypeNameHandling.None };

        var loaded = Newtonsoft.Json.JsonConvert.DeserializeObject<ScreeningAnswers>(Newtonsoft.Json.JsonConvert.SerializeObject(answers, settings), settings)!;

        AssertSameAnswers(answers, loaded);
    }

    [Fact]
    public void TheStoredShapeIsPlainAndDocumented()
    {
        var answers = ScreeningAnswers.Empty
            .Set(QuestionIds.Age, AnswerValue.FromAge(45))
            .Set(QuestionIds.Treatment, People.Medicines("prednisone"))
            .Set(QuestionIds.Sledai, AnswerValue.Unknown(AnswerKind.Number));

        var json = ScreeningAnswersJson.Serialize(answers);

        Assert.Contains("\"schemaVersion\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"age\":{\"kind\":\"age\",\"amount\":45}", json, StringComparison.Ordinal);
        Assert.Contains("\"medicines\":[{\"id\":\"prednisone\",\"class\":\"corticosteroid\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"sledai\":{\"kind\":\"number\",\"dontKnow\":true}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":2,"values":{}}""")]
    [InlineData("""{"schemaVersion":1,"values":null}""")]
    [InlineData("""{"schemaVersion":1,"values":{"age":null}}""")]
    [InlineData("""{"schemaVersion":1,"values":{"age":{"kind":"essay"}}}""")]
    [InlineData("not json")]
    [InlineData("null")]
    public void UnreadableOrOtherVersionsLoadAsNothingToStartAgain(string json)
    {
        Assert.Null(ScreeningAnswersJson.Deserialize(json));
    }

    [Fact]
    public void AnEditedNegativeValueReadsAsNoValue()
    {
        var loaded = ScreeningAnswersJson.Deserialize("""{"schemaVersion":1,"values":{"iga":{"kind":"iga","amount":-3}}}""")!;

        Assert.Null(loaded.Get(QuestionIds.Iga)!.AsIgA());
    }

    private static void AssertSameAnswers(ScreeningAnswers expected, ScreeningAnswers actual)
    {
        Assert.Equal(expected.SchemaVersion, actual.SchemaVersion);
        Assert.Equal(expected.Values.Keys.Order(), actual.Values.Keys.Order());
        foreach (var (id, value) in expected.Values)
        {
            var loaded = actual.Get(id)!;
            Assert.Equal(value with { Medicines = null }, loaded with { Medicines = null });
            Assert.Equal(value.Medicines ?? [], loaded.Medicines ?? []);
        }

        Assert.Equal(Scores.Score(expected).Outcome, Scores.Score(actual).Outcome);
    }
}

using TrialBot.Screening.Answers;
using TrialBot.Screening.Answers.Storage;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Answers;

public class ScreeningAnswersJsonTests
{
    private static ScreeningAnswers Everything() => People.EligibleWithNephritis()
        .Set(QuestionIds.Sledai, new UnknownAnswer(AnswerKind.Number))
        .Set(QuestionIds.SteroidDose, People.Dose("deflazacort", 9))
        .Set(QuestionIds.Location, new LocationAnswer("London", null));

    [Fact]
    public void Answers_survive_a_save_and_load()
    {
        var answers = Everything();

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;

        AssertSameAnswers(answers, loaded);
    }

    [Fact]
    public void An_answer_is_mapped_to_its_stored_shape_once_and_a_set_with_one_new_answer_keeps_the_others_shapes()
    {
        var answers = Everything();
        var before = StoredAnswerMapper.ToStored(answers);

        var after = StoredAnswerMapper.ToStored(answers.Set(QuestionIds.Location, new LocationAnswer("Wuhan", "wuhan")));

        Assert.Same(before.Values[QuestionIds.SteroidDose], after.Values[QuestionIds.SteroidDose]);
        Assert.NotSame(before.Values[QuestionIds.Location], after.Values[QuestionIds.Location]);
        Assert.Equal("wuhan", after.Values[QuestionIds.Location].CityId);
    }

    [Fact]
    public void The_stored_shape_survives_the_bot_frameworks_serializer()
    {
        var answers = Everything();
        var settings = new Newtonsoft.Json.JsonSerializerSettings { TypeNameHandling = Newtonsoft.Json.TypeNameHandling.None };

        var stored = Newtonsoft.Json.JsonConvert.DeserializeObject<StoredScreeningAnswers>(Newtonsoft.Json.JsonConvert.SerializeObject(StoredAnswerMapper.ToStored(answers), settings), settings);

        AssertSameAnswers(answers, StoredAnswerMapper.ToAnswers(stored)!);
    }

    [Fact]
    public void Answers_of_every_kind_stored_by_the_first_version_are_written_back_byte_for_byte()
    {
        var storedByVersionOne = """
            {"schemaVersion":1,"values":{
            "age":{"kind":"age","amount":17,"nextBirthdaySoon":true},
            "consent":{"kind":"yes-no","yes":true},
            "diagnosis-duration":{"kind":"elapsed-time","amount":1095.7275},
            "treatment":{"kind":"medicines","medicines":[{"id":"prednisone","class":"corticosteroid"},{"id":"methotrexate","class":"immunosuppressant","status":"stopped"}]},
            "steroid-dose":{"kind":"dose","amount":1.6427104722792607,"medicineId":"methylprednisolone","equivalenceContested":true,"schedule":{"intakeMg":40,"intakes":1,"intervalDays":30.436875,"route":"injected","pulse":true,"frequencyStated":true,"courseDays":3}},
            "old-dose":{"kind":"dose","amount":10,"medicineId":"prednisone"},
            "sledai":{"kind":"number","amount":8.5},
            "kidney.creatinine":{"kind":"creatinine","amount":1.2},
            "kidney.proteinuria":{"kind":"proteinuria","amount":0.5},
            "iga":{"kind":"iga","amount":210},
            "location":{"kind":"location","text":"Hangzhou","cityId":"hangzhou"},
            "transplant":{"kind":"yes-no","dontKnow":true}}}
            """.ReplaceLineEndings(string.Empty);

        var loaded = ScreeningAnswersJson.Deserialize(storedByVersionOne)!;
        var written = ScreeningAnswersJson.Serialize(loaded);

        Assert.Equal(12, loaded.Values.Count);
        Assert.Equal(Normalized(storedByVersionOne), Normalized(written));
        var dose = Assert.IsType<DoseAnswer>(loaded.Get(QuestionIds.SteroidDose));
        Assert.Equal(DoseRoute.Injected, dose.Route);
        Assert.True(dose.EquivalenceContested);
        Assert.True(Assert.IsType<DoseAnswer>(loaded.Get("old-dose")).IsOralDaily);
        Assert.True(Assert.IsType<AgeAnswer>(loaded.Get(QuestionIds.Age)).NextBirthdaySoon);
        Assert.Equal(MedicineStatus.Stopped, Assert.IsType<MedicinesAnswer>(loaded.Get(QuestionIds.Treatment)).Medicines[1].Status);
        Assert.Equal("hangzhou", Assert.IsType<LocationAnswer>(loaded.Get(QuestionIds.Location)).CityId);
        Assert.Equal(AnswerKind.YesNo, Assert.IsType<UnknownAnswer>(loaded.Get("transplant")).Kind);
    }

    [Fact]
    public void The_stored_shape_is_plain_and_documented()
    {
        var answers = ScreeningAnswers.Empty
            .Set(QuestionIds.Age, new AgeAnswer(45))
            .Set(QuestionIds.Treatment, People.Medicines("prednisone"))
            .Set(QuestionIds.Sledai, new UnknownAnswer(AnswerKind.Number));

        var json = ScreeningAnswersJson.Serialize(answers);

        Assert.Contains("\"schemaVersion\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"age\":{\"kind\":\"age\",\"amount\":45}", json, StringComparison.Ordinal);
        Assert.Contains("\"medicines\":[{\"id\":\"prednisone\",\"class\":\"corticosteroid\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"sledai\":{\"kind\":\"number\",\"dontKnow\":true}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Fact]
    public void What_was_said_of_a_medicines_course_is_stored_with_it_and_read_back()
    {
        var treatment = MedicinesAnswer.Of(
        [
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid) { TakenFor = Duration.FromWeeks(2) },
            new MedicineTaken("azathioprine", MedicineClass.Immunosuppressant, MedicineStatus.Stopped) { TakenAgo = Duration.FromDays(2520) },
            new MedicineTaken("methotrexate", MedicineClass.Immunosuppressant),
        ]);
        var answers = ScreeningAnswers.Empty.Set(QuestionIds.Treatment, treatment);

        var json = ScreeningAnswersJson.Serialize(answers);
        var loaded = ScreeningAnswersJson.Deserialize(json)!;

        Assert.Contains(
            """[{"id":"prednisone","class":"corticosteroid","takenForDays":14},{"id":"azathioprine","class":"immunosuppressant","status":"stopped","takenAgoDays":2520},{"id":"methotrexate","class":"immunosuppressant"}]""",
            json,
            StringComparison.Ordinal);
        Assert.Equal(treatment, loaded.Get(QuestionIds.Treatment));
        Assert.Equal(treatment, ScreeningAnswersJson.DeserializeAnswer(ScreeningAnswersJson.SerializeAnswer(treatment)));
        AssertSameAnswers(answers, loaded);
    }

    [Fact]
    public void A_medicine_stored_before_courses_were_kept_reads_with_nothing_said_of_its_course()
    {
        var loaded = ScreeningAnswersJson.Deserialize("""{"schemaVersion":1,"values":{"treatment":{"kind":"medicines","medicines":[{"id":"prednisone","class":"corticosteroid"}]}}}""")!;

        var prednisone = Assert.Single(Assert.IsType<MedicinesAnswer>(loaded.Get(QuestionIds.Treatment)).Medicines);
        Assert.Null(prednisone.TakenFor);
        Assert.Null(prednisone.TakenAgo);
    }

    [Fact]
    public void A_lab_condition_named_instead_of_a_value_is_stored_and_read_back()
    {
        var answers = People.Eligible().Set(QuestionIds.Iga, new LabConditionAnswer(AnswerKind.Iga));

        var json = ScreeningAnswersJson.Serialize(answers);
        var loaded = ScreeningAnswersJson.Deserialize(json)!;

        Assert.Contains("\"beyondLimit\":true", json, StringComparison.Ordinal);
        Assert.Equal(new LabConditionAnswer(AnswerKind.Iga), loaded.Get(QuestionIds.Iga));
    }

    [Fact]
    public void A_condition_stored_for_a_kind_that_is_no_lab_reads_as_nothing()
    {
        var loaded = ScreeningAnswersJson.Deserialize("""{"schemaVersion":1,"values":{"age":{"kind":"age","beyondLimit":true}}}""")!;

        Assert.Null(loaded.Get(QuestionIds.Age));
    }

    [Theory]
    [InlineData("""{"schemaVersion":2,"values":{}}""")]
    [InlineData("""{"schemaVersion":1,"values":null}""")]
    [InlineData("""{"schemaVersion":1,"values":{"age":null}}""")]
    [InlineData("""{"schemaVersion":1,"values":{"age":{"kind":"essay"}}}""")]
    [InlineData("not json")]
    [InlineData("null")]
    public void Unreadable_or_other_versions_load_as_nothing_to_start_again(string json)
    {
        Assert.Null(ScreeningAnswersJson.Deserialize(json));
    }

    [Theory]
    [InlineData("""{"kind":"iga","amount":-3}""")]
    [InlineData("""{"kind":"age"}""")]
    [InlineData("""{"kind":"yes-no"}""")]
    [InlineData("""{"kind":"dose","amount":10}""")]
    [InlineData("""{"kind":"medicines"}""")]
    [InlineData("""{"kind":"medicines","medicines":[{"id":"prednisone","class":"corticosteroid","takenForDays":-14}]}""")]
    [InlineData("""{"kind":"location","text":" "}""")]
    [InlineData("""{"kind":99}""")]
    public void An_edited_answer_that_makes_no_sense_reads_as_not_answered_so_it_is_asked_again(string stored)
    {
        var loaded = ScreeningAnswersJson.Deserialize("""{"schemaVersion":1,"values":{"iga":""" + stored + ""","age":{"kind":"age","amount":45}}}""")!;

        Assert.False(loaded.Has(QuestionIds.Iga));
        Assert.Equal(45, Assert.IsType<AgeAnswer>(loaded.Get(QuestionIds.Age)).Years);
    }

    /// <summary>The stored answers with their values in question id order (a dictionary's order is not the shape).</summary>
    private static string Normalized(string json)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var values = root["values"]!.AsObject().OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"\"{pair.Key}\":{pair.Value!.ToJsonString()}");
        return $"{{\"schemaVersion\":{root["schemaVersion"]},\"values\":{{{string.Join(',', values)}}}}}";
    }

    private static void AssertSameAnswers(ScreeningAnswers expected, ScreeningAnswers actual)
    {
        Assert.Equal(expected.Values.Keys.Order(), actual.Values.Keys.Order());
        foreach (var (id, value) in expected.Values)
        {
            Assert.Equal(value, actual.Get(id));
        }

        Assert.Equal(Scores.Score(expected).Outcome, Scores.Score(actual).Outcome);
    }
}

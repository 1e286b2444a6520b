using System.Text.Json.Nodes;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

public class TrialDefinitionLoaderTests
{
    [Fact]
    public void Loads_the_real_definition()
    {
        var definition = TrialDefinitionLoader.Load(TrialFixture.DefinitionPath);

        Assert.Equal("NCT05765006", definition.Id);
        Assert.Equal(CriterionIds.All, definition.Criteria.Select(criterion => criterion.Id));
        Assert.Equal(QuestionIds.All.Order(), definition.Questions.Select(question => question.Id).Order());
    }

    [Fact]
    public void A_missing_field_is_named_with_its_path()
    {
        var error = DefinitionVariant.LoadError(root => root.Remove("sponsor"));

        Assert.Equal("NCT05765006.json", error.File);
        Assert.Equal("$", error.JsonPath);
        Assert.Contains("'sponsor' is missing", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("NCT05765006.json: $: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_nested_field_is_named_with_its_path()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.Age).Remove("reask"));

        Assert.Equal("$.questions[1]", error.JsonPath);
        Assert.Contains("'reask' is missing", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_chinese_text_is_named_with_its_path()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.Age)["text"]!.AsObject().Remove("zh"));

        Assert.Equal("$.questions[1].text.zh", error.JsonPath);
        Assert.Contains("Chinese", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_english_text_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => root["texts"]!["answer.yes"]!["en"] = " ");

        Assert.Equal("$.texts.answer.yes.en", error.JsonPath);
    }

    [Fact]
    public void An_unknown_question_kind_is_named_with_the_allowed_kinds()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.Age)["kind"] = "essay");

        Assert.Equal("$.questions[1].kind", error.JsonPath);
        Assert.Contains("'essay'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("yes-no", error.Problem, StringComparison.Ordinal);
        Assert.Contains("elapsed-time", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_of_the_wrong_type_is_named_with_its_path()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.I2)["thresholds"]!["ageAtLeastYears"] = "eighteen");

        Assert.Equal("$.criteria[1].thresholds.ageAtLeastYears", error.JsonPath);
        Assert.Contains("expected a number, found a string", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_flag_given_as_a_number_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.I2)["rules"]![0]!["countedAtSigning"] = 1);

        Assert.Equal("$.criteria[1].rules[0].countedAtSigning", error.JsonPath);
        Assert.Contains("true or false", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_threshold_is_refused()
    {
        var error = DefinitionVariant.LoadError(root =>
        {
            var thresholds = DefinitionVariant.Criterion(root, CriterionIds.E6)["thresholds"]!.AsObject();
            thresholds.Remove("lessThanMgPerDl");
            thresholds["lessThanMgPerDL"] = 10;
        });

        Assert.Equal("$.criteria[11].rules[0].lessThan[0].mg-per-dl", error.JsonPath);
        Assert.Contains("no threshold 'lessThanMgPerDl'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("lessThanMgPerDL", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_threshold_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.E1)["thresholds"]!["proteinuriaMoreThanGramsPer24h"] = -6);

        Assert.Equal("$.criteria[6].thresholds.proteinuriaMoreThanGramsPer24h", error.JsonPath);
    }

    [Fact]
    public void An_unknown_placeholder_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.Age)["help"]!["en"] = "Between {I2.ageMinimum} and 70.");

        Assert.Equal("$.questions[1].help.en", error.JsonPath);
        Assert.Contains("{I2.ageMinimum}", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_its_runtime_placeholder_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => root["texts"]!["answer.age"]!["zh"] = "岁");

        Assert.Equal("$.texts.answer.age.zh", error.JsonPath);
        Assert.Contains("{years}", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_reason_is_named()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.I4)["reasons"]!.AsObject().Remove("dose-high"));

        Assert.Equal("$.criteria[3].reasons", error.JsonPath);
        Assert.Contains("'dose-high'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_medicines_rule_with_a_course_frame_must_name_the_reason_for_medicines_outside_it()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.I4)["rules"]![2]!["eachTriedFor"] = new JsonObject { ["weeks"] = "treatedAtLeastWeeks" });

        Assert.Equal("$.criteria[3].rules[2]", error.JsonPath);
        Assert.Contains("'notCounted' is missing", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_for_medicines_outside_a_course_frame_needs_the_frame()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.I4)["rules"]![2]!["notCounted"] = "regimen-unknown");

        Assert.Equal("$.criteria[3].rules[2].notCounted", error.JsonPath);
        Assert.Contains("gives neither", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_question_is_named()
    {
        var error = DefinitionVariant.LoadError(root =>
        {
            var questions = root["questions"]!.AsArray();
            questions.Remove(questions.Single(question => (string?)question!["id"] == QuestionIds.Iga));
        });

        Assert.Equal("$.criteria[11].rules[0].question", error.JsonPath);
        Assert.Contains("'iga' is not a question", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_reading_a_question_of_another_answer_kind_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.E5)["rules"]![0]!["question"] = QuestionIds.Age);

        Assert.Equal("$.criteria[10].rules[0].question", error.JsonPath);
        Assert.Contains("as a yes-no question, but it is a age question", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_in_the_wrong_unit_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.I2)["rules"]![0]!["atLeast"] = new JsonObject { ["months"] = "ageAtLeastYears" });

        Assert.Equal("$.criteria[1].rules[0].atLeast", error.JsonPath);
        Assert.Contains("expected a limit in years, found months", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_kind_is_named_with_the_vocabulary()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.E4)["rules"]![0]!["kind"] = "horoscope");

        Assert.Equal("$.criteria[9].rules[0].kind", error.JsonPath);
        Assert.Contains("'horoscope' is not a rule kind", error.Problem, StringComparison.Ordinal);
        Assert.Contains("daily-dose", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_on_a_question_that_does_not_feed_its_criterion_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.E5)["rules"]![0]!["question"] = QuestionIds.Cns);

        Assert.Equal("$.criteria[10].rules[0].question", error.JsonPath);
        Assert.Contains("does not list E5", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_on_a_later_question_is_refused()
    {
        var error = DefinitionVariant.LoadError(root =>
            DefinitionVariant.Question(root, QuestionIds.Age)["askIf"] = new JsonArray(new JsonObject { ["question"] = QuestionIds.Kidney, ["answerIs"] = true }));

        Assert.Equal("$.questions[1].askIf[0].question", error.JsonPath);
    }

    [Fact]
    public void A_lab_question_without_what_is_confirmed_at_screening_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.Iga).Remove("confirmedAtScreening"));

        Assert.Contains("confirmedAtScreening", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_the_file()
    {
        using var variant = new DefinitionVariant(_ => { });
        File.WriteAllText(variant.Path, "{ \"id\": ");

        var error = Assert.Throws<TrialDefinitionException>(() => TrialDefinitionLoader.Load(variant.Path));

        Assert.Equal("NCT05765006.json", error.File);
        Assert.Contains("not valid JSON", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_medicines_file_is_named()
    {
        var error = DefinitionVariant.LoadError(root => root["medicines"] = "missing-medicines.json");

        Assert.Equal("missing-medicines.json", error.File);
        Assert.Contains("cannot be read", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corticosteroid_without_an_equivalence_is_refused_in_the_medicines_file()
    {
        var error = DefinitionVariant.LoadError(_ => { }, """[{ "id": "prednisone", "class": "corticosteroid", "names": ["prednisone"] }]""");

        Assert.Equal("medicines.json", error.File);
        Assert.Equal("$[0]", error.JsonPath);
        Assert.Contains("equivalentToPrednisone5Mg", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_no_questions_understood_needs_a_text_for_each_answer()
    {
        var error = DefinitionVariant.LoadError(root => Question(root, "transplant")["understood"] = JsonNode.Parse("""{"yes": {"en": "So yes?", "zh": "是吗？"}}"""));

        Assert.EndsWith(".understood", error.JsonPath, StringComparison.Ordinal);
        Assert.Contains("no", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_questions_understood_needs_the_answer_placeholder()
    {
        var error = DefinitionVariant.LoadError(root => Question(root, "age")["understood"] = JsonNode.Parse("""{"en": "So you are old?", "zh": "您老了？"}"""));

        Assert.Contains("{answer}", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_elapsed_time_question_measures_a_course()
    {
        var error = DefinitionVariant.LoadError(root => Question(root, "age")["measuresCourse"] = true);

        Assert.EndsWith(".measuresCourse", error.JsonPath, StringComparison.Ordinal);
        Assert.True(TrialFixture.Definition.FindQuestion("steroid-duration")!.MeasuresCourse);
        Assert.False(TrialFixture.Definition.FindQuestion("steroid-stable")!.MeasuresCourse);
    }

    [Fact]
    public void Only_an_elapsed_time_may_place_the_date_it_is_counted_from()
    {
        var error = DefinitionVariant.LoadError(root => Question(root, "age")["understood"] = JsonNode.Parse("""{"en": "So you are {answer}{since}?", "zh": "您{answer}{since}？"}"""));

        Assert.Contains("{since}", error.Problem, StringComparison.Ordinal);
        Assert.Equal("So you were diagnosed with lupus about {answer} ago{since} — is that right?", TrialFixture.Definition.FindQuestion("diagnosis-duration")!.Understood!.Answer!.En);
    }

    [Fact]
    public void Each_question_says_back_its_own_understood_text()
    {
        var definition = TrialFixture.Definition;

        Assert.Equal("So you are {answer} — is that right?", definition.FindQuestion("age")!.Understood!.Answer!.En);
        Assert.Equal("您正在做血液透析，对吗？", definition.FindQuestion("kidney.dialysis")!.Understood!.Yes!.Zh);
    }

    private static JsonNode Question(JsonNode root, string id) =>
        root["questions"]!.AsArray().Single(question => (string?)question!["id"] == id)!;

    [Fact]
    public void A_condition_on_a_question_that_is_no_lab_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => root["questions"]![1]!["condition"] = JsonNode.Parse("""{"label": {"en": "x", "zh": "x"}, "terms": {"en": ["x"], "zh": ["x"]}}"""));

        Assert.Equal("$.questions[1].condition", error.JsonPath);
        Assert.Contains("only a lab question", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tablet_strength_of_zero_is_refused_in_the_medicines_file()
    {
        var error = DefinitionVariant.LoadError(_ => { }, """[{ "id": "prednisone", "class": "corticosteroid", "names": ["prednisone"], "equivalentToPrednisone5Mg": 5, "tabletStrengthsMg": {"en": [5, 0], "zh": [5]} }]""");

        Assert.Equal("medicines.json", error.File);
        Assert.Equal("$[0].tabletStrengthsMg.en[1]", error.JsonPath);
        Assert.Contains("tablet strength", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_medicine_class_is_refused()
    {
        var error = DefinitionVariant.LoadError(_ => { }, """[{ "id": "x", "class": "vitamin", "names": ["x"] }]""");

        Assert.Equal("$[0].class", error.JsonPath);
        Assert.Contains("immunosuppressant", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_optional_field_counts_as_absent()
    {
        using var variant = new DefinitionVariant(
            _ => { },
            """[{ "id": "hydroxychloroquine", "class": "antimalarial", "names": ["hydroxychloroquine"], "equivalentToPrednisone5Mg": null, "equivalenceContested": false }]""");

        var definition = TrialDefinitionLoader.Load(variant.Path);

        Assert.Null(definition.Medicines.Find("hydroxychloroquine")!.EquivalentToPrednisone5Mg);
    }
}

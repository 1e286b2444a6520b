using System.Text.RegularExpressions;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Tests.Support;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Tests.Definition;

public partial class DefinitionContentTests
{
    private static TrialDefinition Definition => TrialFixture.Definition;

    [Fact]
    public void Thresholds_are_the_listings_numbers()
    {
        double Threshold(string criterionId, string name) => Definition.Criterion(criterionId).Thresholds[name];

        Assert.Equal((18, 70), (Threshold(CriterionIds.I2, "ageAtLeastYears"), Threshold(CriterionIds.I2, "ageAtMostYears")));
        Assert.Equal(6, Threshold(CriterionIds.I4, "historyAtLeastMonths"));
        Assert.Equal(2, Threshold(CriterionIds.I4, "activeAtLeastMonths"));
        Assert.Equal((7.5, 30), (Threshold(CriterionIds.I4, "doseAtLeastMgPerDay"), Threshold(CriterionIds.I4, "doseAtMostMgPerDay")));
        Assert.Equal(8, Threshold(CriterionIds.I4, "treatedAtLeastWeeks"));
        Assert.Equal(2, Threshold(CriterionIds.I4, "stableMoreThanWeeks"));
        Assert.Equal((8, 6), (Threshold(CriterionIds.I6, "scoreAtLeast"), Threshold(CriterionIds.I6, "clinicalScoreAtLeastWhenSerologyScored")));
        Assert.Equal(6, Threshold(CriterionIds.E1, "proteinuriaMoreThanGramsPer24h"));
        Assert.Equal(2.5, Threshold(CriterionIds.E1, "creatinineMoreThanMgPerDl"));
        Assert.Equal(221, Threshold(CriterionIds.E1, "creatinineMoreThanMicromolPerLitre"));
        Assert.Equal(100, Threshold(CriterionIds.E1, "highDosePrednisoneAtLeastMgPerDay"));
        Assert.Equal(14, Threshold(CriterionIds.E1, "highDoseAtLeastDays"));
        Assert.Equal(8, Threshold(CriterionIds.E1, "highDoseWithinWeeks"));
        Assert.Equal(10, Threshold(CriterionIds.E6, "lessThanMgPerDl"));
    }

    [Fact]
    public void Threshold_placeholders_are_filled_from_the_thresholds()
    {
        var help = Definition.Question(QuestionIds.Age).Help;

        Assert.Contains("18 to 70", help.En, StringComparison.Ordinal);
        Assert.Contains("18至70岁", help.Zh, StringComparison.Ordinal);
        Assert.Contains("7.5", Definition.Criterion(CriterionIds.I4).Reason("dose-low").En, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_are_placeholders_too()
    {
        var help = Definition.Question(QuestionIds.LupusCrisis).Help;

        Assert.Contains("severe hemolytic anemia, severe thrombocytopenic purpura", help.En, StringComparison.Ordinal);
        Assert.Contains("严重溶血性贫血、严重血小板减少性紫癜", help.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Questions_are_asked_in_an_order_that_reaches_a_definite_no_early()
    {
        var order = Definition.Questions.Select(question => question.Id).ToList();

        Assert.Equal([QuestionIds.Consent, QuestionIds.Age, QuestionIds.Diagnosis, QuestionIds.DiagnosisDuration, QuestionIds.DiseaseActive, QuestionIds.Transplant], order.Take(6));
        Assert.True(order.IndexOf(QuestionIds.Transplant) < order.IndexOf(QuestionIds.Treatment));
        Assert.True(order.IndexOf(QuestionIds.Treatment) < order.IndexOf(QuestionIds.Kidney));
        Assert.Equal(QuestionIds.Location, order[^1]);
    }

    [Fact]
    public void Every_question_feeds_a_criterion_except_the_location()
    {
        Assert.All(Definition.Questions.Where(question => question.Id != QuestionIds.Location), question => Assert.NotEmpty(question.Criteria));
        Assert.Empty(Definition.Question(QuestionIds.Location).Criteria);
    }

    [Fact]
    public void Question_kinds_match_the_contract()
    {
        Assert.Equal(AnswerKind.Dose, Definition.Question(QuestionIds.SteroidDose).Kind);
        Assert.Equal(AnswerKind.ElapsedTime, Definition.Question(QuestionIds.SteroidStable).Kind);
        Assert.Equal(AnswerKind.Creatinine, Definition.Question(QuestionIds.KidneyCreatinine).Kind);
        Assert.Equal(AnswerKind.Iga, Definition.Question(QuestionIds.Iga).Kind);
        Assert.Equal(AnswerKind.YesNo, Definition.Question(QuestionIds.HighDoseSteroids).Kind);
        Assert.Equal(AnswerKind.Location, Definition.Question(QuestionIds.Location).Kind);
    }

    [Theory]
    [InlineData("系统性红斑狼疮")]
    [InlineData("狼疮肾炎")]
    [InlineData("泼尼松")]
    [InlineData("羟氯喹")]
    [InlineData("吗替麦考酚酯")]
    [InlineData("环磷酰胺")]
    [InlineData("他克莫司")]
    [InlineData("环孢素")]
    [InlineData("来氟米特")]
    [InlineData("甲氨蝶呤")]
    [InlineData("硫唑嘌呤")]
    [InlineData("抗核抗体")]
    [InlineData("抗双链DNA抗体")]
    [InlineData("抗Sm抗体")]
    [InlineData("肌酐")]
    [InlineData("尿蛋白")]
    [InlineData("免疫球蛋白A")]
    public void The_chinese_questions_use_the_patients_terms(string term)
    {
        var chinese = string.Concat(Definition.Questions.SelectMany(question => new[] { question.Text.Zh, question.Help.Zh }));

        Assert.Contains(term, chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Sites_are_the_listings_hospitals_without_invented_contacts()
    {
        var wuhan = Assert.Single(Definition.Sites, site => site.Id == "wuhan-union");
        var shanghai = Assert.Single(Definition.Sites, site => site.Id == "shanghai-renji");

        Assert.Equal("华中科技大学同济医学院附属协和医院", wuhan.Name.Zh);
        Assert.Equal(["Yu Hu", "Heng Mei"], wuhan.PrincipalInvestigators);
        Assert.Equal("上海交通大学医学院附属仁济医院", shanghai.Name.Zh);
        Assert.Equal(["Liangjing Lv"], shanghai.PrincipalInvestigators);
        Assert.All(Definition.Sites, site => Assert.True(site.Contact.IsEmpty));
    }

    [Fact]
    public void No_text_is_left_with_a_load_time_placeholder()
    {
        var texts = Definition.Questions.SelectMany(question => new[] { question.Text, question.Help, question.Reask, question.Label })
            .Concat(Definition.Criteria.SelectMany(criterion => criterion.Reasons.Values.Select(FillRuntimeValues).Append(criterion.Title)))
            .Concat(Definition.Faq.SelectMany(entry => new[] { entry.Question, entry.Answer }))
            .Append(Definition.Description);

        Assert.All(texts, text => Assert.DoesNotMatch(Placeholder(), text.En + text.Zh));

        // The person's own value, which the scorer fills in when it gives the reason.
        static LocalizedText FillRuntimeValues(LocalizedText reason) => reason.With("givenAge", "17").With("score", "6").With("dose", "methylprednisolone 500 mg");
    }

    [Fact]
    public void Outcome_texts_never_say_eligible_without_likely()
    {
        var outcomes = new[] { TextIds.OutcomeLikelyEligible, TextIds.OutcomeLikelyIneligible, TextIds.OutcomeNeedsReview, TextIds.OutcomeDeclined }
            .Select(Definition.Text)
            .ToList();

        Assert.All(outcomes, text => Assert.DoesNotMatch(UnqualifiedEligible(), text.En));
        Assert.All(outcomes, text => Assert.DoesNotMatch(UnqualifiedChineseEligible(), text.Zh));
    }

    [Fact]
    public void The_cost_answer_says_the_listing_does_not_say()
    {
        var cost = Assert.Single(Definition.Faq, entry => entry.Id == "cost");

        Assert.Contains("does not say", cost.Answer.En, StringComparison.Ordinal);
        Assert.Contains("study team", cost.Answer.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_who_can_join_answer_quotes_the_age_range()
    {
        var whoCanJoin = Assert.Single(Definition.Faq, entry => entry.Id == "who-can-join");

        Assert.Contains("18 to 70", whoCanJoin.Answer.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_has_both_languages()
    {
        var texts = Definition.Texts.Values.Concat(Definition.Questions.SelectMany(question => new[] { question.Text, question.Help, question.Reask }));

        Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Zh)));
    }

    [GeneratedRegex(@"\{[A-Za-z0-9.\-]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<!likely |likely not )\beligible\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnqualifiedEligible();

    [GeneratedRegex(@"(?<!可能|可能不)符合")]
    private static partial Regex UnqualifiedChineseEligible();
}

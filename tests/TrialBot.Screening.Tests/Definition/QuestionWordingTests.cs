using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Tests.Definition;

/// <summary>The questions ask, in both languages, what the listing's sentences mean, one fact at a time.</summary>
public class QuestionWordingTests
{
    private static QuestionDefinition Question(string id) => TrialFixture.Definition.Question(id);

    private static string Both(LocalizedText text) => text.En + " | " + text.Zh;

    [Fact]
    public void The_lupus_crisis_question_asks_about_an_active_crisis_not_ever()
    {
        var crisis = Question(QuestionIds.LupusCrisis);

        Assert.DoesNotMatch(@"\bever\b", crisis.Text.En);
        Assert.DoesNotContain("曾", crisis.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("active lupus crisis at the moment", crisis.Text.En, StringComparison.Ordinal);
        Assert.Contains("目前是否处于活动性狼疮危象", crisis.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("血液系统", crisis.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("A crisis that is over does not count", crisis.Help.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cns_question_is_about_the_brain_and_spinal_cord()
    {
        var cns = Question(QuestionIds.Cns);

        Assert.Contains("central nervous system (the brain or spinal cord)", cns.Text.En, StringComparison.Ordinal);
        Assert.Contains("中枢神经系统（脑或脊髓）", cns.Text.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("brain or nerve", Both(cns.Text) + Both(cns.Label), StringComparison.Ordinal);
        Assert.Contains("精神病性障碍", cns.Help.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("、精神病。", cns.Help.Zh, StringComparison.Ordinal);
        Assert.All(TrialFixture.Definition.Criterion(CriterionIds.E3).Reasons.Values, reason => Assert.DoesNotContain("brain or nerve", reason.En, StringComparison.Ordinal));
    }

    [Fact]
    public void The_other_autoimmune_question_says_hormone_replacement_alone_does_not_count()
    {
        var other = Question(QuestionIds.OtherAutoimmune);

        Assert.Contains("Thyroid hormone or insulin alone does not count", other.Text.En, StringComparison.Ordinal);
        Assert.Contains("仅用甲状腺激素替代或胰岛素不算", other.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("whole-body", other.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_high_dose_question_gives_the_equivalents_in_plain_words()
    {
        var highDose = Question(QuestionIds.HighDoseSteroids);
        var prednisone = DailyDose.FromMgPerDay(TrialFixture.Definition.Criterion(CriterionIds.E1).Thresholds["highDosePrednisoneAtLeastMgPerDay"]);
        var eightyMgMethylprednisolone = PrednisoneEquivalent.Of(TrialFixture.Medicine("methylprednisolone"), DailyDose.FromMgPerDay(80));

        Assert.Equal(prednisone.MgPerDay, eightyMgMethylprednisolone.MgPerDay, 6);
        Assert.Contains("100 mg of prednisone a day or more, or 80 mg of methylprednisolone (Medrol)", highDose.Text.En, StringComparison.Ordinal);
        Assert.Contains("每天100毫克或以上的泼尼松（强的松），或每天80毫克或以上的甲泼尼龙（美卓乐）", highDose.Text.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("same strength of another steroid", highDose.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_age_question_asks_for_completed_years_in_chinese()
    {
        var age = Question(QuestionIds.Age);

        Assert.Contains("周岁", age.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("周岁", age.Reask.Zh, StringComparison.Ordinal);
        Assert.Contains("sign the consent form", age.Help.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_disease_active_question_asks_only_whether_the_lupus_is_still_active()
    {
        var active = Question(QuestionIds.DiseaseActive);

        Assert.Single(active.Text.En.Split('?'), part => part.Trim().Length > 0);
        Assert.DoesNotContain("same lupus treatment", active.Text.En, StringComparison.Ordinal);
        Assert.DoesNotContain("同样的狼疮治疗", active.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("has your lupus still been active", active.Text.En, StringComparison.Ordinal);
    }
}

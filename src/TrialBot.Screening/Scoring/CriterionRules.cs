using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>The rule of each criterion id.</summary>
internal static class CriterionRules
{
    /// <summary>The rules by criterion id.</summary>
    public static IReadOnlyDictionary<string, ICriterionRule> ById { get; } = new Dictionary<string, ICriterionRule>(StringComparer.Ordinal)
    {
        [CriterionIds.I1] = new YesNoRule(QuestionIds.Consent, passWhen: true),
        [CriterionIds.I2] = new AgeRule(),
        [CriterionIds.I3] = new YesNoRule(QuestionIds.Diagnosis, passWhen: true),
        [CriterionIds.I4] = new RegimenRule(),
        [CriterionIds.I5] = new YesNoRule(QuestionIds.Antibodies, passWhen: true),
        [CriterionIds.I6] = new SledaiRule(),
        [CriterionIds.E1] = new NephritisRule(),
        [CriterionIds.E2] = new YesNoRule(QuestionIds.LupusCrisis, passWhen: false),
        [CriterionIds.E3] = new YesNoRule(QuestionIds.Cns, passWhen: false),
        [CriterionIds.E4] = new YesNoRule(QuestionIds.OtherAutoimmune, passWhen: false),
        [CriterionIds.E5] = new YesNoRule(QuestionIds.Transplant, passWhen: false),
        [CriterionIds.E6] = new IgARule(),
    };
}

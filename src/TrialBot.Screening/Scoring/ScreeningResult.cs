using System.Text.Json;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Scoring;

/// <summary>The scored screening.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Criteria">Every criterion's verdict, I1–I6 then E1–E6.</param>
/// <param name="ToConfirm">What the study team will check at screening (ACR classification, lab values the person did
/// not know, …); empty for <see cref="ScreeningOutcome.LikelyIneligible"/> and <see cref="ScreeningOutcome.Declined"/>.</param>
/// <param name="Message">The outcome in plain words, followed by what will be confirmed at screening.</param>
public sealed record ScreeningResult(
    ScreeningOutcome Outcome,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<LocalizedText> ToConfirm,
    LocalizedText Message)
{
    /// <summary>The outcome id: <c>likely-eligible</c>, <c>likely-ineligible</c>, <c>needs-review</c> or <c>declined</c>.</summary>
    public string OutcomeId => JsonNamingPolicy.KebabCaseLower.ConvertName(Outcome.ToString());

    /// <summary>The criteria that fail.</summary>
    public IEnumerable<CriterionResult> Failed => Criteria.Where(criterion => criterion.Status == CriterionStatus.Fail);
}

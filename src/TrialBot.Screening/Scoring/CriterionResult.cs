using System.Text.Json;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Scoring;

/// <summary>One criterion's verdict, with the answers it was based on and the reason.</summary>
/// <param name="CriterionId">I1–I6 or E1–E6.</param>
/// <param name="Title">The criterion's short title.</param>
/// <param name="Status">Pass, fail or unknown.</param>
/// <param name="Answer">The answers the verdict rests on, for display ("Age: 45 years old").</param>
/// <param name="Reason">Why: the failing parts, or else the unknown parts, or else why it passes.</param>
/// <param name="NeedsReview">True when the criterion is unknown because of something the person can normally tell,
/// or because a contested dose conversion decides it.</param>
/// <param name="UnknownQuestionIds">The applicable questions whose answers were missing or "don't know", or were given
/// but cannot decide the criterion (an age within a birthday of the limits, a remembered SELENA-SLEDAI score below the
/// limit): what the study team confirms at screening.</param>
public sealed record CriterionResult(
    string CriterionId,
    LocalizedText Title,
    CriterionStatus Status,
    LocalizedText Answer,
    LocalizedText Reason,
    bool NeedsReview,
    IReadOnlyList<string> UnknownQuestionIds)
{
    /// <summary>The status id: <c>pass</c>, <c>fail</c> or <c>unknown</c>.</summary>
    public string StatusId => JsonNamingPolicy.KebabCaseLower.ConvertName(Status.ToString());
}

using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Inclusion criterion 6: "SELENA-SLEDAI score ≥8 during the screening period". The score that counts is the one the
/// study team works out during screening; a score the person remembers is from an earlier visit. A remembered score at
/// or above the limit passes (the team still checks it); one below stays open, with the score in the reason, since the
/// disease may be more active by screening: it never excludes. The clinical-part rule (at least 6 from symptoms when
/// low complement or anti-dsDNA is scored) is the study team's to check, always (the criterion's
/// <c>alwaysConfirmedAtScreening</c>).
/// </summary>
internal sealed class SledaiRule : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        var limits = verdict.Context.Thresholds.Sledai;
        if (verdict.Context.Answer(QuestionIds.Sledai)?.AsNumber() is not { } score)
        {
            verdict.Unknown(ReasonKeys.Unknown, QuestionIds.Sledai);
        }
        else if (Limit.LessThan(score, limits.ScoreAtLeast))
        {
            verdict.Open(ReasonKeys.ScoreBelow, QuestionIds.Sledai, "score", score);
        }
    }
}

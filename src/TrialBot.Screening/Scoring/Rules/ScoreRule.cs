using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>score</c>: a score the person remembers, from an earlier visit, against the lowest score the listing asks
/// for during screening. At or above it passes (the team still checks it); below it stays open with the score in the
/// reason, since the disease may be more active by screening: a remembered score never excludes.
/// </summary>
internal sealed class ScoreRule(string questionId, double atLeast, RuleReasons keys) : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        if (!verdict.Context.Applies(questionId))
        {
            return;
        }

        if (verdict.Context.Answer(questionId) is not NumberAnswer { Value: var score })
        {
            verdict.Unknown(keys.Get("unknown"), questionId);
        }
        else if (Limit.LessThan(score, atLeast))
        {
            verdict.Open(keys.Get("below"), questionId, "score", score);
        }
    }
}

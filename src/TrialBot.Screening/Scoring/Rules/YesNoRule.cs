using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>yes-no</c>: one yes/no question decides a part; it passes on <paramref name="passWhen"/> and fails on the
/// other answer. <c>agreement</c> is the same rule whose failure means the person declined (<see cref="Declines"/>).
/// </summary>
/// <param name="questionId">The yes/no question.</param>
/// <param name="passWhen">The answer that passes.</param>
/// <param name="keys">The reason keys: <c>fail</c>, <c>unknown</c>.</param>
/// <param name="declines">True for an agreement (consent): failing it ends the screening as declined.</param>
/// <param name="opensOnOther">True when the other answer leaves the part open for the study team (<c>"otherAnswer": "open"</c>:
/// the listing leaves it to the investigator's opinion) instead of failing it.</param>
internal sealed class YesNoRule(string questionId, bool passWhen, RuleReasons keys, bool declines = false, bool opensOnOther = false) : ICriterionRule
{
    /// <summary>True when failing this rule means the person declined.</summary>
    public bool Declines { get; } = declines;

    /// <summary>The question.</summary>
    public string QuestionId { get; } = questionId;

    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        if (!opensOnOther)
        {
            verdict.Check(QuestionId, answer => answer is YesNoAnswer yesNo ? yesNo.Yes : (bool?)null, yes => yes != passWhen, keys.Get("fail"), keys.Get("unknown"));
        }
        else if (verdict.Context.Applies(QuestionId))
        {
            switch ((verdict.Context.Answer(QuestionId) as YesNoAnswer)?.Yes)
            {
                case null:
                    verdict.Unknown(keys.Get("unknown"), QuestionId);
                    break;
                case var yes when yes != passWhen:
                    verdict.Open(keys.Get("open"), QuestionId);
                    break;
            }
        }
    }
}

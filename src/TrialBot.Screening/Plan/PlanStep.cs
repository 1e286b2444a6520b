namespace TrialBot.Screening.Plan;

/// <summary>What the plan says after the answers so far: the question to ask next, and where the person is.</summary>
/// <param name="NextQuestionId">The next question's id, or null when the screening is over.</param>
/// <param name="Progress">The question number and the approximate total.</param>
public sealed record PlanStep(string? NextQuestionId, ScreeningProgress Progress);

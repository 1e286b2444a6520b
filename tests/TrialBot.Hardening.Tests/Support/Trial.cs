using TrialBot.Screening.Definition;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>The trial definition the host loads (copied to trials/ in the test output), and the question ids the bot asks.</summary>
internal static class Trial
{
    public static TrialDefinition Definition { get; } = TrialDefinitionLoader.Load(Path.Combine(AppContext.BaseDirectory, "trials", "NCT05765006.json"));

    /// <summary>The referral's questions, asked after a likely-eligible or needs-review outcome.</summary>
    public static IReadOnlyList<string> ReferralQuestionIds { get; } = ["referral", "referral.site", "referral.name", "referral.contact"];

    /// <summary>The review of the decisive answers before the outcome.</summary>
    public const string ReviewQuestionId = "review";

    /// <summary>
    /// Every question id the conversation can ask a scripted person: the definition's, the review, the referral's, then the
    /// study team's optional pre-call questions that follow a stored referral.
    /// </summary>
    public static IReadOnlyList<string> AllQuestionIds { get; } =
        [.. Definition.Questions.Select(question => question.Id), ReviewQuestionId, .. ReferralQuestionIds, .. Definition.PreCall.Select(question => question.QuestionId)];
}

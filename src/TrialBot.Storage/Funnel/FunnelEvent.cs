namespace TrialBot.Storage.Funnel;

/// <summary>
/// One step of a screening, for the coordinators' dashboard: which screening (a random id that names no person and no
/// conversation), what happened (<see cref="FunnelEventKinds"/>), on which channel, in which language, for which trial
/// and, once known, which site; the question or outcome id from the trial definition. It never holds what a person said.
/// </summary>
/// <param name="At">When.</param>
/// <param name="SessionId">The screening's random id (the same for every event of one screening).</param>
/// <param name="Kind">What happened (<see cref="FunnelEventKinds"/>).</param>
/// <param name="ChannelId">The channel (for example <c>webchat</c>, <c>sms</c>, <c>msteams</c>).</param>
/// <param name="Language">The conversation's language (<c>en</c> or <c>zh</c>).</param>
/// <param name="TrialId">The trial (for example <c>NCT05765006</c>), if known; with several trials screened for at once,
/// the trials screened, comma-separated (<see cref="TrialIds"/>): for a referral, the trials it is for; for one trial's
/// outcome (<see cref="FunnelEventKinds.TrialOutcome"/>), that trial.</param>
/// <param name="SiteId">The site, once the person chose one.</param>
/// <param name="QuestionId">The question, for <see cref="FunnelEventKinds.QuestionReached"/> and <see cref="FunnelEventKinds.Reasked"/>.</param>
/// <param name="OutcomeId">The outcome, for <see cref="FunnelEventKinds.Completed"/> and <see cref="FunnelEventKinds.Referred"/>.</param>
public sealed record FunnelEvent(
    DateTimeOffset At,
    string SessionId,
    string Kind,
    string ChannelId,
    string Language,
    string? TrialId = null,
    string? SiteId = null,
    string? QuestionId = null,
    string? OutcomeId = null);

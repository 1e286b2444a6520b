using System.Diagnostics;
using System.Diagnostics.Metrics;
using TrialBot.Storage;
using TrialBot.Storage.Funnel;

namespace TrialBot.Bot.Metrics;

/// <summary>
/// The screening's metrics, on the meter <see cref="MeterName"/>: screenings started, completed by outcome, questions
/// asked by question id (the funnel: where people stop), re-asks by question id (which answers the recognizers fail to
/// understand) and referrals stored, each also tagged with the turn's <c>channel</c> and <c>language</c>
/// (<see cref="MetricLabels"/>). Tags hold only question ids and outcome ids from the trial definition, never anything a
/// person said. Inside a turn run by <see cref="FunnelRecordingBot"/> each count is also recorded as a funnel event
/// (<see cref="FunnelEventKinds"/>) for the coordinators' dashboard, stored once the turn ends, naming the trials screened
/// (with several trials, a completion also records each trial's own outcome).
/// </summary>
public sealed class ScreeningMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "TrialBot.Screening";

    /// <summary>Counter of screenings begun (Prometheus: <c>trialbot_screening_started_total</c>).</summary>
    public const string StartedName = "trialbot.screening.started";

    /// <summary>Counter of screenings that reached an outcome, tagged <c>outcome</c>.</summary>
    public const string CompletedName = "trialbot.screening.completed";

    /// <summary>Counter of questions asked, tagged <c>question</c> (asking the same question again after "help" or a re-ask is not counted).</summary>
    public const string QuestionsAskedName = "trialbot.screening.questions.asked";

    /// <summary>Counter of answers not accepted, tagged <c>question</c>.</summary>
    public const string ReasksName = "trialbot.screening.reasks";

    /// <summary>Counter of referrals stored for the study team, tagged <c>outcome</c>.</summary>
    public const string ReferralsStoredName = "trialbot.screening.referrals.stored";

    /// <summary>The tag of outcome ids.</summary>
    public const string OutcomeTag = "outcome";

    /// <summary>The tag of question ids.</summary>
    public const string QuestionTag = "question";

    /// <summary>The tag of the channel (<see cref="MetricLabels.Channel"/>).</summary>
    public const string ChannelTag = "channel";

    /// <summary>The tag of the conversation's language (<see cref="MetricLabels.Language"/>).</summary>
    public const string LanguageTag = "language";

    private const string UnknownQuestion = "unknown";

    private readonly Counter<long> started;
    private readonly Counter<long> completed;
    private readonly Counter<long> questionsAsked;
    private readonly Counter<long> reasks;
    private readonly Counter<long> referralsStored;

    /// <summary>Initializes a new instance of the <see cref="ScreeningMetrics"/> class.</summary>
    /// <param name="meterFactory">The host's meter factory.</param>
    public ScreeningMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        started = meter.CreateCounter<long>(StartedName, unit: "{screening}", description: "Screenings begun.");
        completed = meter.CreateCounter<long>(CompletedName, unit: "{screening}", description: "Screenings that reached an outcome, by outcome.");
        questionsAsked = meter.CreateCounter<long>(QuestionsAskedName, unit: "{question}", description: "Questions asked, by question id.");
        reasks = meter.CreateCounter<long>(ReasksName, unit: "{answer}", description: "Answers not accepted and asked again, by question id.");
        referralsStored = meter.CreateCounter<long>(ReferralsStoredName, unit: "{referral}", description: "Referrals stored for the study team, by outcome.");
    }

    /// <summary>Counts a screening begun.</summary>
    public void ScreeningStarted()
    {
        started.Add(1, Labels());
        ScreeningTurn.Current?.Record(FunnelEventKinds.Started);
    }

    /// <summary>Counts a screening that reached an outcome.</summary>
    /// <param name="outcomeId">The outcome id (<c>likely-eligible</c>…): the one the person was told.</param>
    /// <param name="trialOutcomes">With several trials: each trial screened, with its own outcome id, in order. The funnel's
    /// completion then names those trials, and when there are two or more each also gets a
    /// <see cref="FunnelEventKinds.TrialOutcome"/> event; null: the trials screened in the turn's language.</param>
    public void ScreeningCompleted(string outcomeId, IReadOnlyList<(string TrialId, string OutcomeId)>? trialOutcomes = null)
    {
        completed.Add(1, Labels(new KeyValuePair<string, object?>(OutcomeTag, outcomeId)));
        if (ScreeningTurn.Current is not { } turn)
        {
            return;
        }

        turn.Record(FunnelEventKinds.Completed, outcomeId: outcomeId, trialIds: trialOutcomes is null ? null : TrialIds.Join(trialOutcomes.Select(trial => trial.TrialId)));
        if (trialOutcomes is { Count: > 1 })
        {
            foreach (var (trialId, trialOutcomeId) in trialOutcomes)
            {
                turn.Record(FunnelEventKinds.TrialOutcome, outcomeId: trialOutcomeId, trialIds: trialId);
            }
        }
    }

    /// <summary>Counts a question asked.</summary>
    /// <param name="questionId">The question id.</param>
    public void QuestionAsked(string questionId)
    {
        questionsAsked.Add(1, Labels(new KeyValuePair<string, object?>(QuestionTag, questionId)));
        ScreeningTurn.Current?.Record(FunnelEventKinds.QuestionReached, questionId: questionId);
    }

    /// <summary>Counts an answer that was not accepted.</summary>
    /// <param name="questionId">The question id, or null for a prompt without one.</param>
    public void QuestionReasked(string? questionId)
    {
        reasks.Add(1, Labels(new KeyValuePair<string, object?>(QuestionTag, questionId ?? UnknownQuestion)));
        ScreeningTurn.Current?.Record(FunnelEventKinds.Reasked, questionId: questionId ?? UnknownQuestion);
    }

    /// <summary>Counts a referral stored.</summary>
    /// <param name="outcomeId">The outcome id of the screening referred.</param>
    /// <param name="siteId">The site the referral is for, if known.</param>
    /// <param name="trialIds">The trials the referral is for, comma-separated; null: those screened in the turn's language.</param>
    public void ReferralStored(string outcomeId, string? siteId = null, string? trialIds = null)
    {
        referralsStored.Add(1, Labels(new KeyValuePair<string, object?>(OutcomeTag, outcomeId)));
        ScreeningTurn.Current?.Record(FunnelEventKinds.Referred, outcomeId: outcomeId, siteId: siteId, trialIds: trialIds);
    }

    /// <summary>The channel and language of the current turn (<c>other</c>/<c>unknown</c> outside a turn) and the given tags.</summary>
    private static TagList Labels(params ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var turn = ScreeningTurn.Current;
        var labels = new TagList(tags)
        {
            { ChannelTag, turn?.Channel ?? MetricLabels.Other },
            { LanguageTag, turn?.Language ?? MetricLabels.UnknownLanguage },
        };
        return labels;
    }
}

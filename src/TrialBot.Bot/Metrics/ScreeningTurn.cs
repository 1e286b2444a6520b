using Microsoft.Bot.Builder;
using TrialBot.Screening.Definition;
using TrialBot.Storage;
using TrialBot.Storage.Funnel;

namespace TrialBot.Bot.Metrics;

/// <summary>
/// The turn being handled, as <see cref="ScreeningMetrics"/> sees it: its channel and language (for the metrics'
/// labels) and the funnel events recorded during it, which <see cref="FunnelRecordingBot"/> stores in one write when the
/// turn ends. Each event names the trials screened in the turn's language (<see cref="TrialSet.ScreenedIn"/>,
/// comma-separated: with one trial, its id) unless it names its own. It flows with the turn's asynchronous calls;
/// outside a turn there is none.
/// </summary>
internal sealed class ScreeningTurn
{
    private static readonly AsyncLocal<ScreeningTurn?> Ambient = new();

    private readonly ITurnContext turnContext;
    private readonly FunnelSession session;
    private readonly TrialSet? trials;
    private readonly TimeProvider clock;
    private readonly List<FunnelEvent> events = [];
    private readonly Lock gate = new();

    private ScreeningTurn(ITurnContext turnContext, FunnelSession session, TrialSet? trials, TimeProvider clock)
    {
        this.turnContext = turnContext;
        this.session = session;
        this.trials = trials;
        this.clock = clock;
    }

    /// <summary>The turn of the calling flow, if any.</summary>
    public static ScreeningTurn? Current => Ambient.Value;

    /// <summary>The turn's channel label.</summary>
    public string Channel => MetricLabels.Channel(turnContext.Activity?.ChannelId);

    /// <summary>The turn's language label (the bot sets the activity's locale to the conversation's language).</summary>
    public string Language => MetricLabels.Language(turnContext.Activity?.Locale);

    /// <summary>Makes a turn current for the rest of the calling flow.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="session">The conversation's funnel session (from its state).</param>
    /// <param name="trials">The trials screened for; none: the events name no trial.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The turn.</returns>
    public static ScreeningTurn Begin(ITurnContext turnContext, FunnelSession session, TrialSet? trials, TimeProvider clock)
    {
        var turn = new ScreeningTurn(turnContext, session, trials, clock);
        Ambient.Value = turn;
        return turn;
    }

    /// <summary>The events recorded so far, in order.</summary>
    public IReadOnlyList<FunnelEvent> Events()
    {
        lock (gate)
        {
            return [.. events];
        }
    }

    /// <summary>Records an event; a started screening gets a new random session id first.</summary>
    /// <param name="kind">What happened (<see cref="FunnelEventKinds"/>).</param>
    /// <param name="questionId">The question, if any.</param>
    /// <param name="outcomeId">The outcome, if any.</param>
    /// <param name="siteId">The site, if any.</param>
    /// <param name="trialIds">The trials the event is for, comma-separated; null: those screened in the turn's language.</param>
    public void Record(string kind, string? questionId = null, string? outcomeId = null, string? siteId = null, string? trialIds = null)
    {
        lock (gate)
        {
            if (kind == FunnelEventKinds.Started || session.Id is null)
            {
                session.Id = Guid.NewGuid().ToString("N");
            }

            events.Add(new FunnelEvent(clock.GetUtcNow(), session.Id, kind, Channel, Language, trialIds ?? Screened(), siteId, questionId, outcomeId));
        }
    }

    /// <summary>The trials screened in the turn's language, comma-separated (the bot sets the activity's locale to the
    /// conversation's language).</summary>
    private string? Screened() =>
        trials is null ? null : TrialIds.Join(trials.ScreenedIn(turnContext.Activity?.Locale).Select(trial => trial.Id));
}

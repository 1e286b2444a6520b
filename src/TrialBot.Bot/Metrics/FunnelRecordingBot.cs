using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using TrialBot.Bot.Conversation;
using TrialBot.Screening.Definition;
using TrialBot.Storage.Funnel;

namespace TrialBot.Bot.Metrics;

/// <summary>
/// Wraps the screening bot so that each turn is a <see cref="ScreeningTurn"/> (the metrics' channel and language, the
/// funnel's events) and, when the turn recorded funnel events, hands them to the funnel store after the turn (the host's
/// store buffers them and writes them in batches). A failure to store them is logged and does not fail the turn: the
/// person has had their answer.
/// </summary>
internal sealed partial class FunnelRecordingBot : IBot
{
    /// <summary>The name of the conversation-state property holding the <see cref="FunnelSession"/>.</summary>
    public const string SessionProperty = "funnelSession";

    private readonly IBot inner;
    private readonly IStatePropertyAccessor<JObject> sessions;
    private readonly IFunnelEventStore? store;
    private readonly TrialSet? trials;
    private readonly TimeProvider clock;
    private readonly ILogger<FunnelRecordingBot>? logger;

    /// <summary>Initializes a new instance of the <see cref="FunnelRecordingBot"/> class.</summary>
    /// <param name="inner">The screening bot.</param>
    /// <param name="conversationState">The conversation state (the funnel session lives there).</param>
    /// <param name="store">Where funnel events go; none: they are only counted by the metrics.</param>
    /// <param name="trials">The trials screened for (the events name those screened in the conversation's language).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="logger">The logger.</param>
    public FunnelRecordingBot(IBot inner, ConversationState conversationState, IFunnelEventStore? store, TrialSet? trials, TimeProvider clock, ILogger<FunnelRecordingBot>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(clock);
        this.inner = inner;
        sessions = conversationState.CreateProperty<JObject>(SessionProperty);
        this.store = store;
        this.trials = trials;
        this.clock = clock;
        this.logger = logger;
    }

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!Screens(turnContext.Activity))
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Read before the turn, so the session's changes are saved with the conversation's state by the bot's one write.
        // A stored property reads as a copy: set it back, so that the state holds the very object the turn changes.
        var stored = await sessions.GetAsync(turnContext, () => [], cancellationToken).ConfigureAwait(false);
        await sessions.SetAsync(turnContext, stored, cancellationToken).ConfigureAwait(false);
        var turn = ScreeningTurn.Begin(turnContext, new FunnelSession(stored), trials, clock);
        await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var events = turn.Events();
        if (store is null || events.Count == 0)
        {
            return;
        }

        try
        {
            await store.AppendAsync(events, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            if (logger is not null)
            {
                LogNotStored(logger, events.Count, failure.GetType().Name);
            }
        }
    }

    /// <summary>Whether the activity can move a screening: a message, or a person joining, in a personal conversation.</summary>
    private static bool Screens(Activity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
        && !SharedConversation.Is(activity)
        && !(activity.Type == ActivityTypes.ConversationUpdate && activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams)
        && ConversationKeyOf(activity);

    private static bool ConversationKeyOf(Activity activity) =>
        !string.IsNullOrEmpty(activity.ChannelId) && !string.IsNullOrEmpty(activity.Conversation?.Id);

    [LoggerMessage(EventId = 70, Level = LogLevel.Warning, Message = "Could not store {Count} funnel events ({FailureType}); the dashboard will miss them")]
    private static partial void LogNotStored(ILogger logger, int count, string failureType);
}

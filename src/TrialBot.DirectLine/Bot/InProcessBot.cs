using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrialBot.DirectLine.Bot;

/// <summary>
/// Hands an activity to the bot through the host's real Bot Framework adapter (its middleware and error handler run as
/// for any channel) and returns the bot's replies, buffered by the turn because the activity asks for
/// <see cref="DeliveryModes.ExpectReplies"/>.
/// </summary>
/// <remarks>
/// Bot Framework 4.23's <c>CloudAdapterBase</c> does not implement the trusted
/// <see cref="BotAdapter.ProcessActivityAsync(System.Security.Claims.ClaimsIdentity, Activity, BotCallbackHandler, CancellationToken)"/>
/// (the base throws <see cref="NotImplementedException"/>), and its implemented overloads are protected. Its public
/// <see cref="BotAdapter.ContinueConversationAsync(System.Security.Claims.ClaimsIdentity, Activity, BotCallbackHandler, CancellationToken)"/>
/// runs the same pipeline (connector factory from the identity, user-token client, turn context, middleware, the
/// adapter's <c>OnTurnError</c>) for the activity it is given, so that is the entry used here.
/// </remarks>
internal sealed class InProcessBot(BotAdapter adapter, TrustedCallerIdentity caller)
{
    /// <summary>Runs one turn of <paramref name="bot"/> for <paramref name="activity"/> and returns what the bot sent.</summary>
    public async Task<IReadOnlyList<Activity>> TakeTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        TurnContext? turn = null;
        await adapter.ContinueConversationAsync(
            caller.Create(),
            activity,
            (context, token) =>
            {
                turn = context as TurnContext
                    ?? throw new InvalidOperationException($"The adapter {adapter.GetType().Name} does not give the bot a TurnContext; its replies cannot be collected.");
                return bot.OnTurnAsync(context, token);
            },
            cancellationToken).ConfigureAwait(false);
        return turn is null ? [] : [.. turn.BufferedReplyActivities];
    }
}

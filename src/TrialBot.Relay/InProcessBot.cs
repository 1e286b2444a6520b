using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace TrialBot.Relay;

/// <summary>
/// Hands an activity to the bot through the host's real Bot Framework adapter (its middleware and error handler run as
/// for any channel) and returns the bot's replies, buffered by the turn because the activity asks for
/// <see cref="DeliveryModes.ExpectReplies"/>. The bot (<see cref="IBot"/>) is resolved in a scope of its own for each
/// turn, as the host resolves it for each request.
/// </summary>
/// <remarks>
/// Bot Framework 4.23's <c>CloudAdapterBase</c> does not implement the trusted
/// <see cref="BotAdapter.ProcessActivityAsync(System.Security.Claims.ClaimsIdentity, Activity, BotCallbackHandler, CancellationToken)"/>
/// (the base throws <see cref="NotImplementedException"/>), and its implemented overloads are protected. Its public
/// <see cref="BotAdapter.ContinueConversationAsync(System.Security.Claims.ClaimsIdentity, Activity, BotCallbackHandler, CancellationToken)"/>
/// runs the same pipeline (connector factory from the identity, user-token client, turn context, middleware, the
/// adapter's <c>OnTurnError</c>) for the activity it is given, so that is the entry used here.
/// </remarks>
/// <param name="adapter">The host's adapter (see <see cref="BotAdapterLocator"/>).</param>
/// <param name="caller">The identity turns run under.</param>
/// <param name="scopes">Creates the scope each turn resolves the bot in.</param>
public sealed class InProcessBot(BotAdapter adapter, TrustedCallerIdentity caller, IServiceScopeFactory scopes)
{
    /// <summary>
    /// Runs one turn of the bot for <paramref name="activity"/> and returns what the bot sent. A failure the adapter's
    /// error handler handles ends the turn normally (with whatever the handler sent); anything else escapes.
    /// </summary>
    /// <param name="activity">The incoming activity; its delivery mode is set to expect replies.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public async Task<IReadOnlyList<Activity>> TakeTurnAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
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
}

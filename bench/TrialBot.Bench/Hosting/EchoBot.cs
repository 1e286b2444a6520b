using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrialBot.Bench.Hosting;

/// <summary>
/// The ceiling the screening bot is measured against: the bare Bot Framework on the same host, adapter and storage.
/// Each turn reads the conversation's state, counts the turn, echoes the text and saves the state back, so it pays
/// for the same storage round trip as the screening bot but for no dialog or recognition.
/// </summary>
internal sealed class EchoBot : ActivityHandler
{
    private readonly ConversationState conversationState;
    private readonly IStatePropertyAccessor<int> turns;

    public EchoBot(ConversationState conversationState)
    {
        this.conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        turns = conversationState.CreateProperty<int>("echoTurns");
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var count = await turns.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1;
        await turns.SetAsync(turnContext, count, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken).ConfigureAwait(false);
    }
}

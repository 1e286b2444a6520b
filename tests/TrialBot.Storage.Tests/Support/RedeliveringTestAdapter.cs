using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace TrialBot.Storage.Tests.Support;

/// <summary>Bot Framework's <see cref="TestAdapter"/>, plus delivery of an activity exactly as given (its own
/// <see cref="TestAdapter.ProcessActivityAsync(Activity, BotCallbackHandler, CancellationToken)"/> gives every
/// activity a new id, so it cannot re-deliver one).</summary>
internal sealed class RedeliveringTestAdapter() : TestAdapter(CreateConversation("redelivery"))
{
    /// <summary>Runs <paramref name="activity"/> through the middleware pipeline with its id unchanged.</summary>
    public async Task DeliverAsync(Activity activity, BotCallbackHandler bot)
    {
        activity.ChannelId = Conversation.ChannelId;
        activity.Conversation = Conversation.Conversation;
        activity.From = Conversation.User;
        activity.Recipient = Conversation.Bot;
        activity.ServiceUrl = Conversation.ServiceUrl;
        using var turn = new TurnContext(this, activity);
        await RunPipelineAsync(turn, bot, CancellationToken.None);
    }

    /// <summary>A message with a given id.</summary>
    public static Activity Message(string id, string text)
    {
        var activity = (Activity)MessageFactory.Text(text);
        activity.Id = id;
        return activity;
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrialBot.Host.Tests.Bots;

/// <summary>Greets a person who joins; answers each message with two replies, the second offering two choices. Counts its turns.</summary>
internal sealed class TwoRepliesBot : IBot
{
    public const string Greeting = "Welcome to the test bot.";
    public const string SecondReply = "Shall we go on?";

    private int turns;

    public int Turns => turns;

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref turns);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(member => member.Id == activity.From.Id) == true)
        {
            await turnContext.SendActivityAsync(Greeting, cancellationToken: cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync($"You said: {activity.Text} ({activity.ChannelId}, {activity.Locale})", cancellationToken: cancellationToken);
            var question = MessageFactory.Text(SecondReply);
            question.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Yes", value: "Yes"), new CardAction(ActionTypes.ImBack, "No", value: "No")] };
            await turnContext.SendActivityAsync(question, cancellationToken);
        }
    }
}

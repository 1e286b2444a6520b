using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrialBot.Sms.Tests.Bots;

/// <summary>
/// Answers each message as a rich-channel bot might: an echo, a second text, a question with suggested actions and a
/// card, a card alone, and a typing indicator. Keeps what it received.
/// </summary>
internal sealed class RichRepliesBot : IBot
{
    public const string SecondReply = "Second reply.";
    public const string Question = "Shall we go on?";
    public const string CardText = "Card text";

    private int turns;

    public int Turns => turns;

    public ConcurrentQueue<Activity> Received { get; } = new();

    public static string Echo(string text) => $"You said: {text}";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref turns);
        Received.Enqueue(turnContext.Activity);
        var card = new HeroCard(title: "Card title", text: CardText, buttons: [new CardAction(ActionTypes.ImBack, "Card button", value: "go")]).ToAttachment();
        var question = MessageFactory.Text(Question);
        question.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Yes", value: "Yes"), new CardAction(ActionTypes.ImBack, "No", value: "No")] };
        question.Attachments = [card];

        await turnContext.SendActivitiesAsync(
            [
                new Activity(ActivityTypes.Typing),
                MessageFactory.Text(Echo(turnContext.Activity.Text)),
                MessageFactory.Text(SecondReply),
                question,
                MessageFactory.Attachment(card),
            ],
            cancellationToken);
    }
}

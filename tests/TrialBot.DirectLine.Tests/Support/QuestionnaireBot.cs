using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrialBot.DirectLine.Tests.Support;

/// <summary>A small bot that greets, asks two questions and thanks; it answers in Chinese when the activity's locale is zh.</summary>
internal sealed class QuestionnaireBot : ActivityHandler
{
    public const string FirstQuestion = "What is your first name?";
    public const string FirstQuestionChinese = "请问您的名字是?";
    public const string SecondQuestion = "How old are you?";
    public const string Done = "Thank you, that is all.";

    private readonly ConcurrentDictionary<string, int> answered = new();

    public ConcurrentQueue<IActivity> Received { get; } = new();

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(turnContext.Activity);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(member => member.Id != turnContext.Activity.Recipient.Id))
        {
            var chinese = ((Activity)turnContext.Activity).Locale?.StartsWith("zh", StringComparison.Ordinal) == true;
            await turnContext.SendActivityAsync(chinese ? "您好!" : "Hello!", cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync(chinese ? FirstQuestionChinese : FirstQuestion, cancellationToken: cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var step = answered.AddOrUpdate(turnContext.Activity.Conversation.Id, 1, (_, count) => count + 1);
        var reply = step switch
        {
            1 => $"Nice to meet you, {turnContext.Activity.Text}. {SecondQuestion}",
            _ => Done,
        };
        await turnContext.SendActivityAsync(reply, cancellationToken: cancellationToken);
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Host.Tests.Bots;

/// <summary>
/// Keeps every message as the answer to a numbered question in conversation state, acknowledges it and asks the next
/// question (<c>q2</c>, <c>q3</c>, … with the <c>trialbot/question</c> entity), then saves. <see cref="BeforeSave"/>
/// runs after the replies and before the save, so a test can hold turns there. Counts its turns.
/// </summary>
internal sealed class QuestionBot(ConversationState conversationState) : IBot
{
    public const string PropertyName = "interview";

    private int turns;

    public int Turns => turns;

    public Func<CancellationToken, Task>? BeforeSave { get; init; }

    public static string QuestionId(int number) => $"q{number}";

    /// <summary>The answers stored for a conversation (read straight from storage, outside any turn).</summary>
    public static async Task<IReadOnlyList<string>> StoredAnswersAsync(IStorage storage, string conversationId, string channelId = "test")
    {
        var key = $"{channelId}/conversations/{conversationId}";
        var items = await storage.ReadAsync([key]);
        return items.TryGetValue(key, out var item)
            ? ((Newtonsoft.Json.Linq.JObject)item)[PropertyName]?["Answers"]?.ToObject<List<string>>() ?? []
            : [];
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        Interlocked.Increment(ref turns);
        var property = conversationState.CreateProperty<Interview>(PropertyName);
        var interview = await property.GetAsync(turnContext, () => new Interview(), cancellationToken);
        interview.Answers.Add(turnContext.Activity.Text);
        await property.SetAsync(turnContext, interview, cancellationToken);
        await turnContext.SendActivityAsync($"Noted answer {interview.Answers.Count}.", cancellationToken: cancellationToken);
        var question = MessageFactory.Text($"Question {interview.Answers.Count + 1}?");
        question.Entities = [QuestionEntity.Create(QuestionId(interview.Answers.Count + 1))];
        await turnContext.SendActivityAsync(question, cancellationToken);
        if (BeforeSave is not null)
        {
            await BeforeSave(cancellationToken);
        }

        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    /// <summary>The stored shape: the answers so far, in order.</summary>
    internal sealed class Interview
    {
        public List<string> Answers { get; init; } = [];
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>Runs a <see cref="DialogRunner"/> on a real <see cref="TestAdapter"/> over a given storage and collects the replies of each turn.</summary>
internal sealed class ConversationDriver
{
    public const string ConversationId = "conversation-1";

    public ConversationDriver(DialogSet dialogs, string rootDialogId, IStorage storage, DialogEngineOptions? options = null, ConversationReference? conversation = null, string? locale = "en-US")
    {
        State = new ConversationState(storage);
        Runner = new DialogRunner(dialogs, rootDialogId, State, options);
        Adapter = new TestAdapter(conversation ?? Conversation());
        Locale = locale;
    }

    public ConversationState State { get; }

    public DialogRunner Runner { get; }

    public TestAdapter Adapter { get; }

    /// <summary>Gets or sets the locale of the messages <see cref="SayAsync"/> sends (TestAdapter itself never sends a null locale).</summary>
    public string? Locale { get; set; }

    public DialogTurnResult? LastResult { get; private set; }

    public BotCallbackHandler Callback => async (turnContext, cancellationToken) => LastResult = await Runner.RunAsync(turnContext, cancellationToken);

    public static ConversationReference Conversation(string channelId = "test", string? conversationType = null) => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.example",
        User = new ChannelAccount("user-1", "User"),
        Bot = new ChannelAccount("bot-1", "Bot"),
        Conversation = new ConversationAccount(isGroup: false, conversationType: conversationType, id: ConversationId, name: "Conversation"),
    };

    /// <summary>Sends a message and returns the bot's replies to it.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var activity = Adapter.MakeActivity(text);
        activity.Locale = Locale;
        await Adapter.ProcessActivityAsync(activity, Callback, CancellationToken.None);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    /// <summary>Sends a message and returns the single reply to it.</summary>
    public async Task<Activity> SayExpectingOneReplyAsync(string text) => Assert.Single(await SayAsync(text));
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrialBot.Storage;

namespace TrialBot.Bot.Tests.Support;

/// <summary>
/// A conversation with the real screening bot as the host builds it (AddTrialBotStorage with the memory provider, then
/// AddScreeningBot), on Bot Framework's TestAdapter, with the tests' fixed clock. Messages carry the person's local
/// timestamp on 2026-11-24; each call returns the bot's replies to one activity.
/// </summary>
internal sealed class ChatDriver : IAsyncDisposable
{
    public const string ConversationId = "conversation-1";
    public const string UserId = "user-1";
    public const string BotId = "bot-1";
    public const string BotName = "TrialBot";

    private ChatDriver(ServiceProvider services, TestAdapter adapter, string? locale)
    {
        Services = services;
        Adapter = adapter;
        Locale = locale;
        Bot = services.GetRequiredService<IBot>();
    }

    public ServiceProvider Services { get; }

    public TestAdapter Adapter { get; }

    public IBot Bot { get; }

    /// <summary>Gets or sets the locale of the activities sent (null: none, as SMS sends).</summary>
    public string? Locale { get; set; }

    public static ChatDriver Create(
        string channelId = "test",
        string? locale = "en-US",
        string? conversationType = "personal",
        IDictionary<string, string?>? settings = null,
        IStorage? storage = null,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "memory" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FixedClock());
        services.AddTrialBotStorage(configuration);
        services.AddScreeningBot(configuration);
        if (storage is not null)
        {
            services.AddSingleton(storage);
        }

        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new ChatDriver(provider, new TestAdapter(Reference(channelId, conversationType)), locale);
    }

    public static ConversationReference Reference(string channelId = "test", string? conversationType = "personal") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.example",
        User = new ChannelAccount(UserId, "Person"),
        Bot = new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(isGroup: false, conversationType: conversationType, id: ConversationId, name: "Conversation"),
    };

    /// <summary>The person joins: a conversation update adding them (in Teams: the app's installation).</summary>
    public Task<IReadOnlyList<Activity>> JoinAsync()
    {
        if (Adapter.Conversation.ChannelId == Microsoft.Bot.Connector.Channels.Msteams)
        {
            var installed = Adapter.MakeActivity();
            installed.Type = ActivityTypes.InstallationUpdate;
            installed.Action = "add";
            installed.Text = null;
            return SendAsync(installed);
        }

        var joined = Adapter.MakeActivity();
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.Text = null;
        joined.MembersAdded = [new ChannelAccount(UserId, "Person")];
        return SendAsync(joined);
    }

    /// <summary>Sends a message and returns the replies to it.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(Adapter.MakeActivity(text));

    /// <summary>Sends an activity (stamped with the locale and the person's local time) and returns the replies to it.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.Locale = Locale;
        activity.LocalTimestamp = FixedClock.LocalNow;
        activity.Timestamp = FixedClock.Now;
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

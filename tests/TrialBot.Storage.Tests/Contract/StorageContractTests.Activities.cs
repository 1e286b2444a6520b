using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static readonly ConversationKey Conversation = new("webchat", "conversation-1");

    [Fact]
    public async Task An_activity_is_recorded_once_per_conversation()
    {
        var activity = new ActivityKey(Conversation, "activity-1");

        Assert.True(await ProcessedActivities.TryRecordAsync(activity));
        Assert.False(await ProcessedActivities.TryRecordAsync(activity));
        Assert.True(await ProcessedActivities.TryRecordAsync(activity with { ActivityId = "activity-2" }));
        Assert.True(await ProcessedActivities.TryRecordAsync(new ActivityKey(Conversation with { ConversationId = "conversation-2" }, "activity-1")));
    }

    [Fact]
    public async Task A_forgotten_activity_can_be_recorded_again()
    {
        var activity = new ActivityKey(Conversation, "activity-1");
        await ProcessedActivities.TryRecordAsync(activity);

        await ProcessedActivities.ForgetAsync(activity);

        Assert.True(await ProcessedActivities.TryRecordAsync(activity));
    }

    [Fact]
    public async Task Of_deliveries_racing_to_record_the_same_activity_exactly_one_records_it()
    {
        var activity = new ActivityKey(Conversation, "activity-1");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => ProcessedActivities.TryRecordAsync(activity))));

        Assert.Equal(1, outcomes.Count(recorded => recorded));
    }

    [Fact]
    public async Task A_redelivered_activity_runs_the_bot_once_with_the_duplicate_middleware()
    {
        var adapter = new RedeliveringTestAdapter();
        adapter.Use(new DuplicateActivityMiddleware(ProcessedActivities, NullLogger<DuplicateActivityMiddleware>.Instance));
        var runs = 0;
        BotCallbackHandler bot = async (turn, cancellationToken) =>
        {
            runs++;
            await turn.SendActivityAsync("reply", cancellationToken: cancellationToken);
        };

        await adapter.DeliverAsync(RedeliveringTestAdapter.Message("same-id", "hello"), bot);
        await adapter.DeliverAsync(RedeliveringTestAdapter.Message("same-id", "hello"), bot);

        Assert.Equal(1, runs);
        Assert.Single(adapter.ActiveQueue);
    }
}

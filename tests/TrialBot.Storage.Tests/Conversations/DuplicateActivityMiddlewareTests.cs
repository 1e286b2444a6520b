using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Hosting;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Conversations;

public sealed class DuplicateActivityMiddlewareTests
{
    private readonly RedeliveringTestAdapter adapter = new();
    private int runs;

    public DuplicateActivityMiddlewareTests()
    {
        var store = StorageBackend.InMemory(new ManualTimeProvider()).ProcessedActivities;
        adapter.Use(new DuplicateActivityMiddleware(store, NullLogger<DuplicateActivityMiddleware>.Instance));
    }

    [Fact]
    public async Task Activities_with_different_ids_each_run()
    {
        await adapter.DeliverAsync(RedeliveringTestAdapter.Message("first", "hello"), ReplyingBot);
        await adapter.DeliverAsync(RedeliveringTestAdapter.Message("second", "hello"), ReplyingBot);

        Assert.Equal(2, runs);
        Assert.Equal(2, adapter.ActiveQueue.Count);
    }

    [Fact]
    public async Task A_turn_that_failed_runs_again_when_the_activity_is_redelivered()
    {
        var failing = true;
        BotCallbackHandler flakyBot = async (turn, cancellationToken) =>
        {
            runs++;
            if (failing)
            {
                failing = false;
                throw new InvalidOperationException("The turn failed.");
            }

            await turn.SendActivityAsync("reply", cancellationToken: cancellationToken);
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.DeliverAsync(RedeliveringTestAdapter.Message("same-id", "hello"), flakyBot));
        await adapter.DeliverAsync(RedeliveringTestAdapter.Message("same-id", "hello"), flakyBot);
        await adapter.DeliverAsync(RedeliveringTestAdapter.Message("same-id", "hello"), flakyBot);

        Assert.Equal(2, runs);
        Assert.Single(adapter.ActiveQueue);
    }

    [Fact]
    public async Task When_forgetting_a_failed_activity_fails_too_the_turns_own_exception_is_reported()
    {
        var store = new Mock<IProcessedActivityStore>();
        store.Setup(s => s.TryRecordAsync(It.IsAny<ActivityKey>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        store.Setup(s => s.ForgetAsync(It.IsAny<ActivityKey>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("The database is away."));
        var adapter = new RedeliveringTestAdapter();
        adapter.Use(new DuplicateActivityMiddleware(store.Object, NullLogger<DuplicateActivityMiddleware>.Instance));

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.DeliverAsync(
            RedeliveringTestAdapter.Message("id", "hello"), (_, _) => throw new InvalidOperationException("The turn failed.")));

        Assert.Equal("The turn failed.", thrown.Message);
        store.Verify(s => s.ForgetAsync(new ActivityKey(new ConversationKey("test", "redelivery"), "id"), CancellationToken.None), Times.Once);
    }

    [Fact]
    public async Task Activities_without_an_id_are_not_deduplicated()
    {
        await adapter.DeliverAsync(RedeliveringTestAdapter.Message(null!, "hello"), ReplyingBot);
        await adapter.DeliverAsync(RedeliveringTestAdapter.Message(null!, "hello"), ReplyingBot);

        Assert.Equal(2, runs);
    }

    private async Task ReplyingBot(ITurnContext turn, CancellationToken cancellationToken)
    {
        runs++;
        await turn.SendActivityAsync("reply", cancellationToken: cancellationToken);
    }
}

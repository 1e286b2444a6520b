using Microsoft.Extensions.Logging;
using Moq;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Funnel;

/// <summary>
/// Funnel events are kept in memory and stored in batches: once a flush interval, before a read, and when the store is
/// disposed; a refused batch is reported without failing anyone, and a flood beyond the cap is counted, not kept.
/// </summary>
public sealed class BufferedFunnelEventStoreTests
{
    private readonly ManualTimeProvider clock = new();
    private readonly RecordingStore inner = new();

    [Fact]
    public async Task Appended_events_wait_in_memory_until_the_interval_passes_then_go_in_one_insert()
    {
        await using var store = new BufferedFunnelEventStore(inner, clock);

        await store.AppendAsync(Events("a", 3));
        await store.AppendAsync(Events("b", 2));
        Assert.Empty(inner.Inserts);
        Assert.Equal(5, store.PendingCount);

        clock.Advance(BufferedFunnelEventStore.FlushInterval);
        await inner.WaitForInsertsAsync(1);

        var insert = Assert.Single(inner.Inserts);
        Assert.Equal(["a", "a", "a", "b", "b"], insert.Select(entry => entry.SessionId));
        Assert.Equal(0, store.PendingCount);
    }

    [Fact]
    public async Task A_read_stores_the_waiting_events_first_so_it_sees_them()
    {
        await using var store = new BufferedFunnelEventStore(inner, clock);
        await store.AppendAsync(Events("a", 2));

        var listed = await store.ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

        Assert.Equal(2, listed.Count);
        Assert.Single(inner.Inserts);
    }

    [Fact]
    public async Task Disposing_stores_what_is_waiting()
    {
        var store = new BufferedFunnelEventStore(inner, clock);
        await store.AppendAsync(Events("a", 4));

        await store.DisposeAsync();

        Assert.Equal(4, Assert.Single(inner.Inserts).Count);
    }

    [Fact]
    public async Task Disposing_synchronously_stores_what_is_waiting_too()
    {
        var store = new BufferedFunnelEventStore(inner, clock);
        await store.AppendAsync(Events("a", 3));

        store.Dispose();

        Assert.Equal(3, Assert.Single(inner.Inserts).Count);
    }

    [Fact]
    public async Task More_events_than_one_insert_takes_are_stored_in_several_inserts_in_order()
    {
        await using var store = new BufferedFunnelEventStore(inner, clock);
        var many = BufferedFunnelEventStore.MaxBatch * 2 + 7;
        await store.AppendAsync(Events("a", many));

        await store.FlushAsync();

        Assert.Equal([BufferedFunnelEventStore.MaxBatch, BufferedFunnelEventStore.MaxBatch, 7], inner.Inserts.Select(insert => insert.Count));
    }

    [Fact]
    public async Task A_refused_insert_is_logged_by_kind_and_the_next_events_are_still_stored()
    {
        var logger = new Mock<ILogger<BufferedFunnelEventStore>>();
        logger.Setup(log => log.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        await using var store = new BufferedFunnelEventStore(inner, clock, logger.Object);
        inner.FailNext = true;
        await store.AppendAsync(Events("lost", 2));

        await store.FlushAsync();
        await store.AppendAsync(Events("kept", 1));
        await store.FlushAsync();

        Assert.Equal(["kept"], inner.Inserts.SelectMany(insert => insert).Select(entry => entry.SessionId));
        VerifyWarnedOnce(logger, text => text.Contains("Could not store 2 funnel events (InvalidOperationException)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Beyond_the_cap_new_events_are_dropped_and_counted_in_the_log_while_the_waiting_ones_are_kept()
    {
        var logger = new Mock<ILogger<BufferedFunnelEventStore>>();
        logger.Setup(log => log.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        await using var store = new BufferedFunnelEventStore(inner, clock, logger.Object);
        await store.AppendAsync(Events("kept", BufferedFunnelEventStore.MaxPending - 1));

        await store.AppendAsync(Events("over", 2));
        await store.FlushAsync();

        Assert.Equal(BufferedFunnelEventStore.MaxPending - 1, inner.Inserts.Sum(insert => insert.Count));
        Assert.DoesNotContain(inner.Inserts.SelectMany(insert => insert), entry => entry.SessionId == "over");
        VerifyWarnedOnce(logger, text => text.StartsWith("Dropped 2 funnel events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Appends_from_many_turns_at_once_are_all_stored_exactly_once()
    {
        await using var store = new BufferedFunnelEventStore(inner, clock);

        await Task.WhenAll(Enumerable.Range(0, 64).Select(turn => Task.Run(async () =>
        {
            await store.AppendAsync(Events("t" + turn, 3));
            if (turn % 8 == 0)
            {
                await store.FlushAsync();
            }
        })));
        await store.FlushAsync();

        var stored = inner.Inserts.SelectMany(insert => insert).ToList();
        Assert.Equal(64 * 3, stored.Count);
        Assert.All(stored.GroupBy(entry => entry.SessionId), session => Assert.Equal(3, session.Count()));
    }

    /// <summary>Checks that exactly one warning was logged whose text satisfies <paramref name="says"/>.</summary>
    private static void VerifyWarnedOnce(Mock<ILogger<BufferedFunnelEventStore>> logger, Func<string, bool> says) =>
        logger.Verify(
            log => log.Log(
                LogLevel.Warning,
                It.IsAny<EventId>(),
                It.Is<It.IsAnyType>((state, _) => says($"{state}")),
                It.IsAny<Exception?>(),
                It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);

    private static List<FunnelEvent> Events(string session, int count) =>
        [.. Enumerable.Range(0, count).Select(index => new FunnelEvent(ManualTimeProvider.DefaultStart.AddSeconds(index), session, FunnelEventKinds.QuestionReached, "webchat", "en"))];

    /// <summary>A funnel store that records each insert it takes, and refuses one when told to.</summary>
    private sealed class RecordingStore : IFunnelEventStore
    {
        private readonly Lock gate = new();
        private readonly List<IReadOnlyList<FunnelEvent>> inserts = [];

        public bool FailNext { get; set; }

        public IReadOnlyList<IReadOnlyList<FunnelEvent>> Inserts
        {
            get
            {
                lock (gate)
                {
                    return [.. inserts];
                }
            }
        }

        public Task AppendAsync(IReadOnlyList<FunnelEvent> events, CancellationToken cancellationToken = default)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("refused");
            }

            lock (gate)
            {
                inserts.Add([.. events]);
            }

            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<FunnelEvent>> ListAsync(DateTimeOffset from, DateTimeOffset before, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FunnelEvent>>([.. Inserts.SelectMany(insert => insert).Where(entry => entry.At >= from && entry.At < before)]);

        public async Task WaitForInsertsAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Inserts.Count < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
        }
    }
}

using Microsoft.Extensions.Logging;

namespace TrialBot.Storage.Funnel;

/// <summary>
/// Keeps appended funnel events in memory and stores them in batches: at most <see cref="FlushInterval"/> after they
/// were appended, before any read, and when the service stops. A screening turn's funnel events then cost no storage
/// operation of the turn's own (the conversation's state is the turn's one write), and the database takes one insert a
/// second instead of one a turn.
/// </summary>
/// <remarks>
/// The events are the dashboard's counts, never a person's answers, so the trade is deliberate: a process that dies
/// unexpectedly loses at most its last second of counts; another instance's dashboard sees them up to a second late. A
/// batch the database refuses is logged and dropped, as a turn's own write was before; at most
/// <see cref="MaxPending"/> events wait while the database is unreachable, later ones are dropped and counted in the log.
/// </remarks>
public sealed partial class BufferedFunnelEventStore : IFunnelEventStore, IAsyncDisposable, IDisposable
{
    /// <summary>How long an appended event waits at most before it is stored.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    /// <summary>The most events stored in one insert (9 parameters each: well under SQLite's and PostgreSQL's limits).</summary>
    public const int MaxBatch = 500;

    /// <summary>The most events kept waiting; beyond it new events are dropped until a flush makes room.</summary>
    public const int MaxPending = 50_000;

    private readonly IFunnelEventStore inner;
    private readonly ILogger<BufferedFunnelEventStore>? logger;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim flushing = new(1, 1);
    private readonly ITimer timer;
    private List<FunnelEvent> pending = [];
    private int dropped;
    private bool disposed;

    /// <summary>Initializes a new instance of the <see cref="BufferedFunnelEventStore"/> class.</summary>
    /// <param name="inner">The store the batches go to.</param>
    /// <param name="clock">The clock whose timer flushes every <paramref name="interval"/>.</param>
    /// <param name="logger">Where a refused batch or dropped events are reported (never their content).</param>
    /// <param name="interval">How often waiting events are stored; <see cref="FlushInterval"/> when not given.</param>
    public BufferedFunnelEventStore(IFunnelEventStore inner, TimeProvider clock, ILogger<BufferedFunnelEventStore>? logger = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(clock);
        this.inner = inner;
        this.logger = logger;
        var every = interval ?? FlushInterval;
        timer = clock.CreateTimer(static state => ((BufferedFunnelEventStore)state!).FlushFromTimer(), this, every, every);
    }

    /// <summary>How many events wait to be stored.</summary>
    public int PendingCount
    {
        get
        {
            lock (gate)
            {
                return pending.Count;
            }
        }
    }

    /// <summary>Queues the events; they are stored by the next flush. Completes at once.</summary>
    /// <param name="events">The events of one turn, in order.</param>
    /// <param name="cancellationToken">Not used: queuing cannot wait.</param>
    /// <returns>A completed task.</returns>
    public Task AppendAsync(IReadOnlyList<FunnelEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        lock (gate)
        {
            var room = MaxPending - pending.Count;
            if (room >= events.Count)
            {
                pending.AddRange(events);
            }
            else
            {
                dropped += events.Count;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Stores the waiting events first, then lists the stored ones.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="before">The end (exclusive).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events, oldest first.</returns>
    public async Task<IReadOnlyList<FunnelEvent>> ListAsync(DateTimeOffset from, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return await inner.ListAsync(from, before, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores every waiting event, in inserts of at most <see cref="MaxBatch"/>. A refused insert is logged and its events dropped.</summary>
    /// <param name="cancellationToken">Cancels waiting for a flush already under way.</param>
    /// <returns>A task that completes when the events waiting at the call are stored (or dropped).</returns>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<FunnelEvent> batch;
            int lost;
            lock (gate)
            {
                if (pending.Count == 0 && dropped == 0)
                {
                    return;
                }

                batch = pending;
                pending = [];
                lost = dropped;
                dropped = 0;
            }

            if (lost > 0 && logger is not null)
            {
                LogDropped(logger, lost, MaxPending);
            }

            for (var start = 0; start < batch.Count; start += MaxBatch)
            {
                var part = batch.GetRange(start, Math.Min(MaxBatch, batch.Count - start));
                try
                {
                    // Not the caller's token: events taken from the queue are stored or reported, never half-lost.
                    await inner.AppendAsync(part, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    if (logger is not null)
                    {
                        LogNotStored(logger, part.Count, failure.GetType().Name);
                    }
                }
            }
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>Stops the timer and stores what is waiting.</summary>
    /// <returns>A task that completes when the waiting events are stored.</returns>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await timer.DisposeAsync().ConfigureAwait(false);
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        flushing.Dispose();
    }

    /// <summary>Stops the timer and stores what is waiting, blocking until it is stored (for a container disposed synchronously).</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        timer.Dispose();
        Task.Run(() => FlushAsync(CancellationToken.None)).GetAwaiter().GetResult();
        flushing.Dispose();
    }

    private void FlushFromTimer()
    {
        if (disposed || PendingCount == 0 && Volatile.Read(ref dropped) == 0)
        {
            return;
        }

        _ = FlushQuietlyAsync();
    }

    private async Task FlushQuietlyAsync()
    {
        try
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The service stopped while the timer fired; its own flush stored the events.
        }
    }

    [LoggerMessage(EventId = 71, Level = LogLevel.Warning, Message = "Could not store {Count} funnel events ({FailureType}); the dashboard will miss them")]
    private static partial void LogNotStored(ILogger logger, int count, string failureType);

    [LoggerMessage(EventId = 72, Level = LogLevel.Warning, Message = "Dropped {Count} funnel events: more than {MaxPending} were waiting for the database")]
    private static partial void LogDropped(ILogger logger, int count, int maxPending);
}

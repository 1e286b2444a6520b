using Microsoft.Bot.Builder;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Coordinators;
using TrialBot.Storage.DirectLine;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Items;
using TrialBot.Storage.Memory;
using TrialBot.Storage.Referrals;
using TrialBot.Storage.Retention;
using TrialBot.Storage.Sql;

namespace TrialBot.Storage.Hosting;

/// <summary>Everything one storage provider offers, sharing one database.</summary>
internal sealed class StorageBackend : IStorageHealth, IAsyncDisposable, IDisposable
{
    private readonly SqlDatabase? database;

    private StorageBackend(string description, IStorage items, IProcessedActivityStore processedActivities, IReferralStore referrals,
        IRetentionPurger purger, IConversationEraser eraser, IDirectLineStore directLine, SqlDatabase? database,
        ICoordinatorAccountStore coordinatorAccounts, IFunnelEventStore funnelEvents)
    {
        CoordinatorAccounts = coordinatorAccounts;
        FunnelEvents = funnelEvents;
        Description = description;
        Items = items;
        ProcessedActivities = processedActivities;
        Referrals = referrals;
        Purger = purger;
        Eraser = eraser;
        DirectLine = directLine;
        this.database = database;
    }

    /// <summary>Which database this is, for the log (no secrets).</summary>
    public string Description { get; }

    /// <summary>Whether nothing survives a restart.</summary>
    public bool IsVolatile => database is null;

    /// <summary>Bot state.</summary>
    public IStorage Items { get; }

    /// <summary>Processed activities.</summary>
    public IProcessedActivityStore ProcessedActivities { get; }

    /// <summary>Referrals.</summary>
    public IReferralStore Referrals { get; }

    /// <summary>Purging of idle data.</summary>
    public IRetentionPurger Purger { get; }

    /// <summary>"Delete my data".</summary>
    public IConversationEraser Eraser { get; }

    /// <summary>The self-hosted Direct Line's conversations and activities.</summary>
    public IDirectLineStore DirectLine { get; }

    /// <summary>The coordinators' local accounts.</summary>
    public ICoordinatorAccountStore CoordinatorAccounts { get; }

    /// <summary>The screening funnel's events.</summary>
    public IFunnelEventStore FunnelEvents { get; }

    /// <summary>A backend in process memory.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The backend.</returns>
    public static StorageBackend InMemory(TimeProvider timeProvider) => InMemory(new MemoryDatabase(), timeProvider);

    /// <summary>A backend in process memory, on the given tables.</summary>
    /// <param name="database">The tables.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The backend.</returns>
    public static StorageBackend InMemory(MemoryDatabase database, TimeProvider timeProvider)
    {
        var written = new WrittenItems();
        var retention = new MemoryRetention(database, timeProvider, written);
        return new StorageBackend("memory (nothing survives a restart)",
            new MemoryItemStorage(database, timeProvider, written),
            new MemoryProcessedActivityStore(database, timeProvider),
            new MemoryReferralStore(database, timeProvider),
            retention, retention, new MemoryDirectLineStore(database), null,
            new MemoryCoordinatorAccountStore(database), new MemoryFunnelEventStore(database));
    }

    /// <summary>A backend on a SQL database.</summary>
    /// <param name="description">Which database, for the log.</param>
    /// <param name="database">The database; owned by the backend.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The backend.</returns>
    public static StorageBackend OnSql(string description, SqlDatabase database, TimeProvider timeProvider)
    {
        var written = new WrittenItems();
        var retention = new SqlRetention(database, timeProvider, written);
        return new StorageBackend(description,
            new SqlItemStorage(database, timeProvider, written),
            new SqlProcessedActivityStore(database, timeProvider),
            new SqlReferralStore(database, timeProvider),
            retention, retention, new SqlDirectLineStore(database), database,
            new SqlCoordinatorAccountStore(database), new SqlFunnelEventStore(database));
    }

    /// <summary>Creates or migrates the schema (nothing to do in memory).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when storage is ready.</returns>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        database?.EnsureSchemaAsync(cancellationToken) ?? Task.CompletedTask;

    /// <inheritdoc />
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        database?.PingAsync(cancellationToken) ?? Task.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <inheritdoc />
    public void Dispose() => database?.Dispose();
}

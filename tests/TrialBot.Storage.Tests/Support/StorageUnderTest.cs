using TrialBot.Storage.Hosting;

namespace TrialBot.Storage.Tests.Support;

/// <summary>One provider's backend for one test, on a fresh database, with a manual clock.</summary>
internal abstract class StorageUnderTest(StorageBackend backend, ManualTimeProvider clock) : IAsyncDisposable
{
    /// <summary>The tables every provider has.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["bot_state", "processed_activity", "referral"];

    public StorageBackend Backend { get; } = backend;

    public ManualTimeProvider Clock { get; } = clock;

    private readonly List<StorageBackend> others = [];

    /// <summary>How many rows a table holds, read around the provider's own code.</summary>
    public abstract Task<long> CountRowsAsync(string table);

    /// <summary>Another instance of the provider on the same database (as a second bot instance would have), disposed
    /// with this one.</summary>
    public StorageBackend AnotherInstance()
    {
        var other = CreateAnotherInstance();
        others.Add(other);
        return other;
    }

    private protected abstract StorageBackend CreateAnotherInstance();

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var other in others)
        {
            await other.DisposeAsync();
        }

        await Backend.DisposeAsync();
    }
}

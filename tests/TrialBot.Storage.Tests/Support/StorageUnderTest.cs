using TrialBot.Storage.Hosting;

namespace TrialBot.Storage.Tests.Support;

/// <summary>One provider's backend for one test, on a fresh database, with a manual clock.</summary>
internal abstract class StorageUnderTest(StorageBackend backend, ManualTimeProvider clock) : IAsyncDisposable
{
    /// <summary>The tables every provider has.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["bot_state", "processed_activity", "referral"];

    public StorageBackend Backend { get; } = backend;

    public ManualTimeProvider Clock { get; } = clock;

    /// <summary>How many rows a table holds, read around the provider's own code.</summary>
    public abstract Task<long> CountRowsAsync(string table);

    public virtual async ValueTask DisposeAsync() => await Backend.DisposeAsync();
}

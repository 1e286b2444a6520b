using TrialBot.Storage.Hosting;
using TrialBot.Storage.Memory;

namespace TrialBot.Storage.Tests.Support;

internal sealed class MemoryStorageUnderTest : StorageUnderTest
{
    private readonly MemoryDatabase database;

    private MemoryStorageUnderTest(MemoryDatabase database, ManualTimeProvider clock)
        : base(StorageBackend.InMemory(database, clock), clock)
    {
        this.database = database;
    }

    public static MemoryStorageUnderTest Create() => new(new MemoryDatabase(), new ManualTimeProvider());

    private protected override StorageBackend CreateAnotherInstance() => StorageBackend.InMemory(database, Clock);

    public override Task<long> CountRowsAsync(string table)
    {
        lock (database.Gate)
        {
            return Task.FromResult<long>(table switch
            {
                "bot_state" => database.Items.Count,
                "processed_activity" => database.ProcessedActivities.Count,
                "referral" => database.Referrals.Count,
                _ => throw new ArgumentOutOfRangeException(nameof(table), table, "No such table."),
            });
        }
    }
}

using TrialBot.Storage.Hosting;
using TrialBot.Storage.Memory;

namespace TrialBot.Storage.Tests.Support;

internal sealed class MemoryStorageUnderTest : StorageUnderTest
{
    private readonly MemoryDatabase _database;

    private MemoryStorageUnderTest(MemoryDatabase database, ManualTimeProvider clock)
        : base(StorageBackend.InMemory(database, clock), clock)
    {
        _database = database;
    }

    public static MemoryStorageUnderTest Create() => new(new MemoryDatabase(), new ManualTimeProvider());

    public override Task<long> CountRowsAsync(string table)
    {
        lock (_database.Gate)
        {
            return Task.FromResult<long>(table switch
            {
                "bot_state" => _database.Items.Count,
                "processed_activity" => _database.ProcessedActivities.Count,
                "referral" => _database.Referrals.Count,
                _ => throw new ArgumentOutOfRangeException(nameof(table), table, "No such table."),
            });
        }
    }
}

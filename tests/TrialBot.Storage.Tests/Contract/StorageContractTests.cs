using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using TrialBot.Storage.Retention;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

/// <summary>
/// What every storage provider must do, run against each of them (memory, SQLite, PostgreSQL) by a subclass. Each
/// test starts on an empty database of its own. The tests are split over files by concern.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    private StorageUnderTest? storage;

    private StorageUnderTest Storage => storage ?? throw new InvalidOperationException("The storage was not created.");

    private IStorage Items => Storage.Backend.Items;

    private IProcessedActivityStore ProcessedActivities => Storage.Backend.ProcessedActivities;

    private IReferralStore Referrals => Storage.Backend.Referrals;

    private IRetentionPurger Purger => Storage.Backend.Purger;

    private IConversationEraser Eraser => Storage.Backend.Eraser;

    private ManualTimeProvider Clock => Storage.Clock;

    public async Task InitializeAsync()
    {
        storage = await CreateStorageAsync();
        await storage.Backend.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (storage is not null)
        {
            await storage.DisposeAsync();
        }
    }

    private protected abstract Task<StorageUnderTest> CreateStorageAsync();

    private async Task<JObject?> ReadOneAsync(string key)
    {
        var found = await Items.ReadAsync([key]);
        return found.TryGetValue(key, out var value) ? Assert.IsType<JObject>(value) : null;
    }

    private Task WriteOneAsync(string key, object value) => Items.WriteAsync(new Dictionary<string, object> { [key] = value });

    private static string ETagOf(JObject item) => item.Value<string>("eTag") ?? throw new InvalidOperationException("The item has no eTag.");
}

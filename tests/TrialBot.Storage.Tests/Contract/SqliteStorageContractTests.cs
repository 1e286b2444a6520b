using TrialBot.Storage.Tests.Support;

namespace TrialBot.Storage.Tests.Contract;

public sealed class SqliteStorageContractTests : StorageContractTests
{
    private protected override Task<StorageUnderTest> CreateStorageAsync() => Task.FromResult<StorageUnderTest>(SqliteStorageUnderTest.Create());
}

using TrialBot.Storage.Tests.Support;

namespace TrialBot.Storage.Tests.Contract;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    private protected override Task<StorageUnderTest> CreateStorageAsync() => Task.FromResult<StorageUnderTest>(MemoryStorageUnderTest.Create());
}

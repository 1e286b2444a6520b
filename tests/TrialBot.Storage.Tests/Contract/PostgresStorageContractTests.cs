using TrialBot.Storage.Tests.Support;

namespace TrialBot.Storage.Tests.Contract;

/// <summary>The contract on PostgreSQL; fails (never skips) when <c>TRIALBOT_TEST_POSTGRES</c> is not set.</summary>
public sealed class PostgresStorageContractTests : StorageContractTests
{
    private protected override async Task<StorageUnderTest> CreateStorageAsync() => await PostgresStorageUnderTest.CreateAsync();
}

// The child processes share two cores: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace TrialBot.Integration.Tests.Support;

/// <summary>The tests that share <see cref="PostgresHosts"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresHostsDefinition : ICollectionFixture<PostgresHosts>
{
    public const string Name = "Two hosts on PostgreSQL";
}

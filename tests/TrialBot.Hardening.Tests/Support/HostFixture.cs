namespace TrialBot.Hardening.Tests.Support;

/// <summary>One running host (memory storage, default settings) shared by the tests of a class.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    internal HardeningHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await HardeningHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

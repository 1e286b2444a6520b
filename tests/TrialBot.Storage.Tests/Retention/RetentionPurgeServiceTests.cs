using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using TrialBot.Storage.Configuration;
using TrialBot.Storage.Retention;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Retention;

public sealed class RetentionPurgeServiceTests
{
    /// <summary>Guards against a hang only; nothing asserts how long anything takes.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider clock = new();
    private readonly Channel<TimeSpan> purges = Channel.CreateUnbounded<TimeSpan>();
    private readonly Mock<IRetentionPurger> purger = new();
    private readonly StorageOptions options = new() { RetentionDays = 7, PurgeInterval = TimeSpan.FromHours(6) };

    [Fact]
    public async Task Purges_at_start_and_then_once_per_interval_keeping_the_configured_days()
    {
        purger.Setup(purger => purger.PurgeIdleAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback<TimeSpan, CancellationToken>((olderThan, _) => purges.Writer.TryWrite(olderThan))
            .ReturnsAsync(new PurgeResult(0, 0));
        using var service = CreateService();

        await service.StartAsync(CancellationToken.None);
        Assert.Equal(TimeSpan.FromDays(7), await NextPurgeAsync());
        clock.Advance(TimeSpan.FromHours(5));
        Assert.False(purges.Reader.TryRead(out _));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromDays(7), await NextPurgeAsync());
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failed_purge_does_not_stop_the_next_one()
    {
        var calls = 0;
        purger.Setup(purger => purger.PurgeIdleAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns<TimeSpan, CancellationToken>((olderThan, _) =>
            {
                purges.Writer.TryWrite(olderThan);
                return ++calls == 1
                    ? Task.FromException<PurgeResult>(new InvalidOperationException("The database is away."))
                    : Task.FromResult(new PurgeResult(1, 1));
            });
        using var service = CreateService();

        await service.StartAsync(CancellationToken.None);
        await NextPurgeAsync();
        clock.Advance(options.PurgeInterval);
        await NextPurgeAsync();
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(2, calls);
    }

    private RetentionPurgeService CreateService() =>
        new(purger.Object, Options.Create(options), clock, NullLogger<RetentionPurgeService>.Instance);

    private async Task<TimeSpan> NextPurgeAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        return await purges.Reader.ReadAsync(patience.Token);
    }
}

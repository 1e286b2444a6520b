using TrialBot.Hardening.Tests.Support;
using TrialBot.Storage.Retention;

namespace TrialBot.Hardening.Tests.Privacy;

/// <summary>
/// The retention purge removes the state and processed-activity rows of conversations idle longer than the retention,
/// keeps the others, and a purged conversation that comes back starts afresh.
/// </summary>
public sealed class RetentionTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Conversations_idle_longer_than_the_retention_leave_no_state_row_and_start_afresh(string provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        await using var database = await StorageProvider.CreateAsync(provider);
        await using var host = await HardeningHost.StartAsync(database.Settings, builder => builder.Services.AddSingleton<TimeProvider>(clock), LogLevel.Warning);
        var idle = $"idle-{Guid.NewGuid():N}";
        var active = $"active-{Guid.NewGuid():N}";
        await host.Channel.JoinAsync(idle);
        await host.Channel.SayAsync(idle, "yes");
        await host.Channel.SayAsync(idle, "45");
        clock.Advance(TimeSpan.FromDays(31));
        await host.Channel.JoinAsync(active);
        await host.Channel.SayAsync(active, "yes");

        await host.Services.GetRequiredService<IRetentionPurger>().PurgeIdleAsync(TimeSpan.FromDays(30));
        var idleState = await DatabaseRows.CountContainingAsync(database, "bot_state", idle);
        var idleActivities = await DatabaseRows.CountContainingAsync(database, "processed_activity", idle);
        var activeState = await DatabaseRows.CountContainingAsync(database, "bot_state", active);
        var back = await host.Channel.SayAsync(idle, "hello");

        Assert.Equal(0, idleState);
        Assert.Equal(0, idleActivities);
        Assert.Equal(1, activeState);
        Assert.Equal("consent", back.QuestionId);
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Extensions.Hosting;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Retention;

namespace TrialBot.Host.Tests;

public sealed class RetentionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_host_runs_the_purge_at_start_and_it_removes_state_idle_longer_than_the_retention()
    {
        var folder = Directory.CreateTempSubdirectory("trialbot-retention-");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder.FullName, "retention.db")};Pooling=False",
            ["Storage:RetentionDays"] = "30",
        };
        try
        {
            // Forty days ago, a conversation was last written.
            await using (var then = await RunningHost.StartAsync(new TwoRepliesBot(), settings, builder => builder.Services.AddSingleton<TimeProvider>(new ShiftedClock(TimeSpan.FromDays(-40)))))
            {
                await then.Services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object>
                {
                    ["test/conversations/idle"] = new Dictionary<string, object> { ["step"] = 3 },
                });
            }

            await using var now = await RunningHost.StartAsync(new TwoRepliesBot(), settings);
            var purged = await now.Logs.WaitForAsync("Purged", Patience);

            Assert.Contains(now.Services.GetServices<IHostedService>(), service => service is RetentionPurgeService);
            Assert.Contains("StateItems=1", purged, StringComparison.Ordinal);
            Assert.Empty(await now.Services.GetRequiredService<IStorage>().ReadAsync(["test/conversations/idle"]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

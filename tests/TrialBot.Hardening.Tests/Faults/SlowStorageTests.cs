using System.Diagnostics;
using TrialBot.Hardening.Tests.Support;
using Xunit.Abstractions;

namespace TrialBot.Hardening.Tests.Faults;

/// <summary>
/// One conversation's storage is slow (its writes are held on a gate the test opens): other conversations go on
/// meanwhile. Ordering is asserted with the gate, not with clocks; the times are only published.
/// </summary>
public sealed class SlowStorageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_conversation_whose_storage_is_held_does_not_block_another_conversation()
    {
        Func<IServiceProvider, FaultInjectingStorage> faults = null!;
        await using var host = await HardeningHost.StartAsync(configure: builder => faults = FaultInjectingStorage.Install(builder), logLevel: LogLevel.Warning);
        var storage = faults(host.Services);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        storage.BeforeWrite = keys =>
        {
            if (!keys.Any(key => key.Contains("/slow", StringComparison.Ordinal)))
            {
                return Task.CompletedTask;
            }

            held.TrySetResult();
            return gate.Task;
        };

        var slowWatch = Stopwatch.StartNew();
        var slow = host.Channel.JoinAsync("slow");
        await held.Task;
        var otherWatch = Stopwatch.StartNew();
        var joined = await host.Channel.JoinAsync("other");
        var answered = await host.Channel.SayAsync("other", "yes");
        otherWatch.Stop();
        var slowStillPending = !slow.IsCompleted;
        gate.SetResult();
        var slowReply = await slow;
        slowWatch.Stop();

        output.WriteLine($"other conversation: two turns in {otherWatch.Elapsed.TotalMilliseconds:0} ms while the slow one was held; slow one answered after {slowWatch.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(slowStillPending, "The slow conversation was still waiting for its storage.");
        Assert.Equal("consent", joined.QuestionId);
        Assert.Equal("age", answered.QuestionId);
        Assert.Equal("consent", slowReply.QuestionId);
        Assert.NotNull(await StoredConversation.ReadAsync(host.Storage, "slow"));
    }
}

using TrialBot.Sms.Turns;

namespace TrialBot.Sms.Tests;

public sealed class SenderTurnGatesTests
{
    [Fact]
    public async Task A_second_turn_of_the_same_sender_waits_until_the_first_ends()
    {
        var gates = new SenderTurnGates();
        var first = await gates.EnterAsync("+8613800138000");

        var second = gates.EnterAsync("+8613800138000");
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        Assert.Equal(0, gates.Count);
    }

    [Fact]
    public async Task Different_senders_do_not_wait_for_each_other()
    {
        var gates = new SenderTurnGates();
        using var first = await gates.EnterAsync("+8613800138000");

        var other = gates.EnterAsync("+8613900139000");

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task A_wait_given_up_leaves_no_gate_behind()
    {
        var gates = new SenderTurnGates();
        var first = await gates.EnterAsync("+8613800138000");
        using var giveUp = new CancellationTokenSource();

        var second = gates.EnterAsync("+8613800138000", giveUp.Token);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        first.Dispose();

        Assert.Equal(0, gates.Count);
    }

    [Fact]
    public async Task Leaving_twice_lets_only_one_waiting_turn_in()
    {
        var gates = new SenderTurnGates();
        var first = await gates.EnterAsync("+8613800138000");
        var second = gates.EnterAsync("+8613800138000");
        var third = gates.EnterAsync("+8613800138000");

        first.Dispose();
        first.Dispose();
        var admitted = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(third.IsCompleted);
        admitted.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }
}

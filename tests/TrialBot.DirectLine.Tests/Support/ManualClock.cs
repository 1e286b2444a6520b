namespace TrialBot.DirectLine.Tests.Support;

/// <summary>A clock whose "now" moves only when a test says so (timers still run in real time).</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

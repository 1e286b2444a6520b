namespace TrialBot.Host.Tests.Support;

/// <summary>The system clock moved by a fixed offset (timers stay real).</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}

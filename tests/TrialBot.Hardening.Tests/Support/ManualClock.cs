namespace TrialBot.Hardening.Tests.Support;

/// <summary>A clock the test moves forward by hand, registered as the host's <see cref="TimeProvider"/>.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

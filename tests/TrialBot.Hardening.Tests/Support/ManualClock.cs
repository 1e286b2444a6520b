namespace TrialBot.Hardening.Tests.Support;

/// <summary>A clock the test moves forward by hand, registered as the host's <see cref="TimeProvider"/>.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

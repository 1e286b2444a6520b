namespace TrialBot.Host.Tests.People;

/// <summary>
/// The server's clock for the scripted people: it starts on the day they were written against (6 December 2026) and runs
/// at the real pace, so that answers dated relative to now ("since april", "turned 70 last week", "born may 2008") keep
/// the meaning their expected outcomes assume, whenever the suite runs.
/// </summary>
internal sealed class PeopleClock : TimeProvider
{
    /// <summary>The people's now at the start of a run.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private readonly DateTimeOffset realStart = System.GetUtcNow();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Start + (System.GetUtcNow() - realStart);
}

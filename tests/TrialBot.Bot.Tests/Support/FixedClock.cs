namespace TrialBot.Bot.Tests.Support;

/// <summary>The tests' clock: 2026-11-24, 09:00 UTC (17:00 in China).</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The person's local time in China at <see cref="Now"/>.</summary>
    public static readonly DateTimeOffset LocalNow = Now.ToOffset(TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => Now;
}

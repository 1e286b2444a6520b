namespace TrialBot.Recognition.Tests;

/// <summary>The fixed date every time-dependent test is measured against.</summary>
internal static class Today
{
    public static readonly DateOnly Date = new(2026, 11, 24);
}

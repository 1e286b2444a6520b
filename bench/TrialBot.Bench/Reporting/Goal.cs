namespace TrialBot.Bench.Reporting;

/// <summary>One of the goals: what it asks, what was measured, and whether it was met (null: not measured).</summary>
internal sealed record Goal(string Name, string Target, string Measured, bool? Met)
{
    public string Verdict => Met switch
    {
        true => "met",
        false => "**missed**",
        null => "not measured",
    };
}

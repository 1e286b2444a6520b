using System.Globalization;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// The sizes of the bounded runs, from the environment so that a bigger run is one command (see HARDENING.md and
/// scripts/load); the defaults are what CI runs.
/// </summary>
internal static class HardeningSettings
{
    /// <summary>Seeded random utterances per question and language, on top of the fixed table (TRIALBOT_FUZZ_RANDOM).</summary>
    public static int FuzzRandomPerQuestion => Number("TRIALBOT_FUZZ_RANDOM", 20);

    /// <summary>The fuzz seed (TRIALBOT_FUZZ_SEED).</summary>
    public static int FuzzSeed => Number("TRIALBOT_FUZZ_SEED", 20261124);

    /// <summary>Concurrent conversations per storage provider in the load run (TRIALBOT_LOAD_CONVERSATIONS).</summary>
    public static int LoadConversations => Number("TRIALBOT_LOAD_CONVERSATIONS", 200);

    /// <summary>Where measured figures are appended as lines, besides the test output (TRIALBOT_FIGURES_FILE); none by default.</summary>
    public static string? FiguresFile => Environment.GetEnvironmentVariable("TRIALBOT_FIGURES_FILE");

    private static int Number(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;
}

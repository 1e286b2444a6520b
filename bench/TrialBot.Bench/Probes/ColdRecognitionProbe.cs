using System.Diagnostics;
using TrialBot.Bench.Recognition;

namespace TrialBot.Bench.Probes;

/// <summary>In a fresh process: the time of the first call of one case on one side (models built, code compiled, on the way).</summary>
internal static class ColdRecognitionProbe
{
    public const string Name = "cold-recognition";

    public static double Run(string caseKey, string side)
    {
        var call = RecognitionSide.Call(RecognitionCases.ByKey(caseKey), side)
            ?? throw new ArgumentException($"The case '{caseKey}' has no {side} side.", nameof(side));
        var started = Stopwatch.GetTimestamp();
        call();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}

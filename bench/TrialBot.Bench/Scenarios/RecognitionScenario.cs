using TrialBot.Bench.Probes;
using TrialBot.Bench.Recognition;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Scenarios;

/// <summary>
/// Scenario 4: the per-utterance cost of each question kind, our layer against Microsoft.Recognizers.Text called
/// directly. Cold: the first call in a fresh process of its own, per case and side (the smoke run does one case).
/// Warm: <see cref="WarmRecognitionRunner"/>, in this process.
/// </summary>
internal static class RecognitionScenario
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMinutes(1);

    public static async Task<IReadOnlyList<RecognitionResult>> RunAsync(BenchProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var cases = profile.ColdRecognitionEveryCase ? RecognitionCases.All : RecognitionCases.All.Take(1).ToList();
        var cold = new Dictionary<(string, string), double>();
        foreach (var recognitionCase in cases)
        {
            foreach (var side in new[] { RecognitionSide.Ours, RecognitionSide.Direct })
            {
                if (RecognitionSide.Call(recognitionCase, side) is not null)
                {
                    cold[(recognitionCase.Key, side)] = await ChildProbe.RunAsync<double>(
                        [ColdRecognitionProbe.Name, recognitionCase.Key, side], ProbeTimeout, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return WarmRecognitionRunner.Run(profile.RecognitionWithBenchmarkDotNet)
            .Select(warm => new RecognitionResult(warm.Key, warm.Side, warm.Microseconds, warm.AllocatedBytes,
                cold.TryGetValue((warm.Key, warm.Side), out var coldMs) ? coldMs : null))
            .ToList();
    }
}

using TrialBot.Bench.Recognition;
using TrialBot.Bench.Results;
using TrialBot.Recognition;
using TrialBot.Screening.Medicines;

namespace TrialBot.Bench.Probes;

/// <summary>
/// In a fresh process: <paramref name="count"/> distinct utterances through the recognition layer, sampling resident
/// memory and the live managed heap at the start (models loaded) and after each equal share.
/// </summary>
internal static class UtteranceMemoryProbe
{
    public const string Name = "memory-utterances";

    public static MemoryResult Run(int count, int samples)
    {
        var doses = new DoseRecognizer(MedicineCatalog.Load(Path.Combine(AppContext.BaseDirectory, "trials", "medicines.json")).All);
        RecognizerWarmup.WarmUp();
        var points = new List<MemorySample> { MemorySample.Take(0) };
        var every = Math.Max(1, count / samples);
        for (var i = 0; i < count; i++)
        {
            DistinctUtterances.Recognize(i, doses);
            if ((i + 1) % every == 0)
            {
                points.Add(MemorySample.Take(i + 1));
            }
        }

        return new MemoryResult("distinct utterances through the recognition layer", points, []);
    }
}

using BenchmarkDotNet.Attributes;

namespace TrialBot.Bench.Recognition;

/// <summary>Warm cost of the same utterances through Microsoft.Recognizers.Text called directly (BenchmarkDotNet).</summary>
[MemoryDiagnoser]
public class DirectRecognizerBenchmarks
{
    public static IEnumerable<RecognitionCase> Cases => RecognitionCases.All.Where(c => c.Direct is not null);

    [ParamsSource(nameof(Cases))]
    public RecognitionCase Case { get; set; } = null!;

    [GlobalSetup]
    public void WarmUp() => Case.Direct!();

    [Benchmark]
    public object Recognize() => Case.Direct!();
}

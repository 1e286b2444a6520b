using BenchmarkDotNet.Attributes;

namespace TrialBot.Bench.Recognition;

/// <summary>Warm cost of our recognition layer per utterance (BenchmarkDotNet).</summary>
[MemoryDiagnoser]
public class OurRecognitionBenchmarks
{
    public static IEnumerable<RecognitionCase> Cases => RecognitionCases.All;

    [ParamsSource(nameof(Cases))]
    public RecognitionCase Case { get; set; } = null!;

    [GlobalSetup]
    public void WarmUp() => Case.Ours();

    [Benchmark]
    public object Recognize() => Case.Ours();
}

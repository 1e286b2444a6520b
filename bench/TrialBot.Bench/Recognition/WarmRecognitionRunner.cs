using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace TrialBot.Bench.Recognition;

/// <summary>
/// Warm per-utterance cost of every case on both sides. The full run uses BenchmarkDotNet with a short in-process job
/// (one launch, 2 warm-up and 6 measured iterations of about 100 ms each), so all cases take about a minute; its log goes to
/// a file in the temporary folder. The smoke run only calls each case a few times with a stopwatch.
/// </summary>
internal static class WarmRecognitionRunner
{
    private const int SmokeCalls = 3;

    public static IReadOnlyList<(string Key, string Side, double Microseconds, double? AllocatedBytes)> Run(bool withBenchmarkDotNet) =>
        withBenchmarkDotNet ? RunBenchmarkDotNet() : RunStopwatch();

    private static List<(string, string, double, double?)> RunBenchmarkDotNet()
    {
        var artifacts = Path.Combine(Path.GetTempPath(), "trialbot-bench-benchmarkdotnet");
        Directory.CreateDirectory(artifacts);
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(6)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithEvaluateOverhead(false);
        using var log = new StreamLogger(Path.Combine(artifacts, "benchmarkdotnet.log"));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(log)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var results = new List<(string, string, double, double?)>();
        foreach (var (type, side) in new[] { (typeof(OurRecognitionBenchmarks), RecognitionSide.Ours), (typeof(DirectRecognizerBenchmarks), RecognitionSide.Direct) })
        {
            var summary = BenchmarkRunner.Run(type, config);
            foreach (var report in summary.Reports)
            {
                var recognitionCase = (RecognitionCase)report.BenchmarkCase.Parameters["Case"];
                var mean = report.ResultStatistics?.Mean / 1000.0 ?? double.NaN;
                var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                results.Add((recognitionCase.Key, side, mean, allocated));
            }
        }

        return results;
    }

    private static List<(string, string, double, double?)> RunStopwatch()
    {
        var results = new List<(string, string, double, double?)>();
        foreach (var recognitionCase in RecognitionCases.All)
        {
            foreach (var side in new[] { RecognitionSide.Ours, RecognitionSide.Direct })
            {
                if (RecognitionSide.Call(recognitionCase, side) is not { } call)
                {
                    continue;
                }

                call();
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < SmokeCalls; i++)
                {
                    call();
                }

                var microseconds = Stopwatch.GetElapsedTime(started).TotalMicroseconds / SmokeCalls;
                results.Add((recognitionCase.Key, side, microseconds, (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)SmokeCalls));
            }
        }

        return results;
    }
}

using System.Diagnostics;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Reporting;

namespace TrialBot.Bench.Scenarios;

/// <summary>Runs the scenarios of a profile in order and gathers the report. <paramref name="progress"/> hears what is being done.</summary>
internal static class BenchRun
{
    public const string InProcess = "inprocess";
    public const string Http = "http";
    public const string ColdStart = "coldstart";
    public const string Recognition = "recognition";
    public const string Memory = "memory";
    public const string StoredState = "stored";

    public static IReadOnlyList<string> AllScenarios { get; } = [InProcess, Http, ColdStart, Recognition, Memory, StoredState];

    /// <summary>The storage the memory probe stores its conversations in: the service's default.</summary>
    public const string ConversationMemoryStorage = "sqlite";

    public static async Task<BenchReport> RunAsync(BenchProfile profile, IReadOnlyCollection<string> scenarios, Action<string> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(progress);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var loadBefore = MachineDescription.LoadAverages();
        var skipped = new List<string>();
        var report = new BenchReport
        {
            Profile = profile,
            Machine = MachineDescription.Current(),
            Started = started,
            Duration = TimeSpan.Zero,
            LoadBefore = loadBefore,
            LoadAfter = loadBefore,
        };

        if (scenarios.Contains(InProcess))
        {
            progress("1. in-process turns");
            report = report with { InProcess = await InProcessScenario.RunAsync(profile, cancellationToken).ConfigureAwait(false) };
        }

        if (scenarios.Contains(Http))
        {
            var storages = new List<Func<StorageChoice>> { StorageChoice.Sqlite };
            if (StorageChoice.PostgresAvailable)
            {
                storages.Add(StorageChoice.Postgres);
            }
            else
            {
                skipped.Add($"HTTP on PostgreSQL ({StorageChoice.PostgresVariable} is not set)");
            }

            progress("2. HTTP load");
            report = report with
            {
                Http = await HttpLoadScenario.RunAsync(profile, storages, r => progress(
                    $"   {r.Storage} {r.Bot} ×{r.Concurrency}: {Figures.Whole(r.TurnsPerSecond)} turns/s, p99 {Figures.Of(r.Latency.P99, "0.0")} ms, {r.Errors.Count} kinds of error"), cancellationToken).ConfigureAwait(false),
            };
        }

        if (scenarios.Contains(ColdStart))
        {
            progress("3. cold start");
            report = report with { ColdStart = await ColdStartScenario.RunAsync(profile, cancellationToken).ConfigureAwait(false) };
        }

        if (scenarios.Contains(Recognition))
        {
            progress("4. recognition, cold then warm");
            report = report with { Recognition = await RecognitionScenario.RunAsync(profile, cancellationToken).ConfigureAwait(false) };
        }

        if (scenarios.Contains(Memory))
        {
            progress("5. memory");
            report = report with { Memory = await MemoryScenario.RunAsync(profile, ConversationMemoryStorage, cancellationToken).ConfigureAwait(false) };
        }

        if (scenarios.Contains(StoredState))
        {
            progress("5. stored state");
            report = report with { StoredState = await StoredStateScenario.RunAsync(profile, cancellationToken).ConfigureAwait(false) };
        }

        return report with { Duration = clock.Elapsed, LoadAfter = MachineDescription.LoadAverages(), Skipped = skipped };
    }
}

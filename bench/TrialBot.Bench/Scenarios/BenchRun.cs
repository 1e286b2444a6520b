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

    /// <summary>The corpus of how people answer, read as the bot reads it (its own block of BENCHMARKS.md).</summary>
    public const string Understanding = "understanding";

    public static IReadOnlyList<string> AllScenarios { get; } = [InProcess, Http, ColdStart, Recognition, Memory, StoredState, Understanding];

    /// <summary>
    /// The storage the memory probe stores its conversations in: memory, where the stored conversations live in the
    /// process itself (the worst case for its resident memory), and the only provider fast enough for 10,000 whole
    /// screenings within the run (SQLite commits each turn: about 500 turns a second here, nine minutes for 10,000).
    /// </summary>
    public const string ConversationMemoryStorage = "memory";

    public static async Task<BenchReport> RunAsync(BenchProfile profile, IReadOnlyCollection<string> scenarios, Action<string> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(progress);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var loadBefore = MachineDescription.LoadAverages();
        var skipped = new List<string>();
        var failures = new List<string>();

        // A scenario that fails is reported as an error; the others still run and report.
        async Task<T?> AttemptAsync<T>(string scenario, string title, Func<Task<T>> run)
            where T : class
        {
            if (!scenarios.Contains(scenario))
            {
                return null;
            }

            progress(title);
            try
            {
                return await run().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any failure of one scenario is reported in the results; the run goes on with the next.
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                failures.Add($"{title} failed: {failure.GetType().Name}: {failure.Message}");
                return null;
            }
        }

        var storages = new List<Func<StorageChoice>> { StorageChoice.Sqlite };
        if (StorageChoice.PostgresAvailable)
        {
            storages.Add(StorageChoice.Postgres);
        }
        else if (scenarios.Contains(Http))
        {
            skipped.Add($"HTTP on PostgreSQL ({StorageChoice.PostgresVariable} is not set)");
        }

        var inProcess = await AttemptAsync(InProcess, "1. in-process turns", () => InProcessScenario.RunAsync(profile, cancellationToken)).ConfigureAwait(false);
        var http = await AttemptAsync(Http, "2. HTTP load", () => HttpLoadScenario.RunAsync(profile, storages, r => progress(
            $"   {r.Storage} {r.Bot} ×{r.Concurrency}: {Figures.Whole(r.TurnsPerSecond)} turns/s, p99 {Figures.Of(r.Latency.P99, "0.0")} ms, {r.Errors.Count} kinds of error"), cancellationToken)).ConfigureAwait(false);
        var coldStart = await AttemptAsync(ColdStart, "3. cold start", () => ColdStartScenario.RunAsync(profile, cancellationToken)).ConfigureAwait(false);
        var recognition = await AttemptAsync(Recognition, "4. recognition, cold then warm", () => RecognitionScenario.RunAsync(profile, cancellationToken)).ConfigureAwait(false);
        var memory = await AttemptAsync(Memory, "5. memory", () => MemoryScenario.RunAsync(profile, ConversationMemoryStorage, cancellationToken)).ConfigureAwait(false);
        var storedState = await AttemptAsync(StoredState, "5. stored state", () => StoredStateScenario.RunAsync(profile, cancellationToken)).ConfigureAwait(false);
        var understanding = await AttemptAsync(Understanding, "6. understanding (the corpus)", () => Task.FromResult(UnderstandingScenario.Run(profile))).ConfigureAwait(false);

        return new BenchReport
        {
            Profile = profile,
            Machine = MachineDescription.Current(),
            Started = started,
            Duration = clock.Elapsed,
            LoadBefore = loadBefore,
            LoadAfter = MachineDescription.LoadAverages(),
            InProcess = inProcess,
            Http = http,
            ColdStart = coldStart,
            Recognition = recognition,
            Memory = memory,
            StoredState = storedState,
            Understanding = understanding,
            Skipped = skipped,
            Failures = failures,
        };
    }
}

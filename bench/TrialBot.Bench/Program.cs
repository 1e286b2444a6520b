using System.Globalization;
using TrialBot.Bench;
using TrialBot.Bench.Probes;
using TrialBot.Bench.Reporting;
using TrialBot.Bench.Scenarios;

// TrialBot's benchmarks (see BENCHMARKS.md). Usually run through scripts/bench.
//   TrialBot.Bench [--smoke] [--write BENCHMARKS.md] [--only inprocess,http,coldstart,recognition,memory,stored,understanding]
//   TrialBot.Bench probe <name> …   (a child process of the benchmarks itself)
if (args is ["probe", .. var probe])
{
    return await RunProbeAsync(probe);
}

var smoke = args.Contains("--smoke");
var write = Option("--write");
var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? BenchRun.AllScenarios.ToArray();
var unknown = only.Except(BenchRun.AllScenarios).ToList();
if (unknown.Count > 0)
{
    await Console.Error.WriteLineAsync($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", BenchRun.AllScenarios)}.");
    return 2;
}

var report = await BenchRun.RunAsync(smoke ? BenchProfile.Smoke : BenchProfile.Full, only, line => Console.Error.WriteLine(line));
var mainScenarios = only.Any(scenario => scenario != BenchRun.Understanding);
var markdown = mainScenarios ? MarkdownReport.Render(report) : null;
var understanding = report.Understanding is { } corpus ? UnderstandingReport.Render(corpus, report.Started) : null;
if (write is null)
{
    Console.WriteLine(markdown);
    Console.WriteLine(understanding);
}
else
{
    if (markdown is not null)
    {
        BenchmarksFile.Write(write, markdown);
    }

    if (understanding is not null)
    {
        BenchmarksFile.WriteBlock(write, understanding, UnderstandingReport.StartMarker, UnderstandingReport.EndMarker);
    }

    await Console.Error.WriteLineAsync($"Wrote the results into {write}.");
}

return report.Errors().Count == 0 ? 0 : 1;

string? Option(string name) => Array.IndexOf(args, name) is var index and >= 0 && index + 1 < args.Length ? args[index + 1] : null;

static async Task<int> RunProbeAsync(string[] probe)
{
    switch (probe)
    {
        case [ColdRecognitionProbe.Name, var caseKey, var side]:
            ProbeOutput.Write(ColdRecognitionProbe.Run(caseKey, side));
            return 0;
        case [UtteranceMemoryProbe.Name, var count, var samples]:
            ProbeOutput.Write(UtteranceMemoryProbe.Run(Number(count), Number(samples)));
            return 0;
        case [ConversationMemoryProbe.Name, var storage, var count, var samples]:
            ProbeOutput.Write(await ConversationMemoryProbe.RunAsync(storage, Number(count), Number(samples)));
            return 0;
        default:
            await Console.Error.WriteLineAsync($"Unknown probe: {string.Join(' ', probe)}");
            return 2;
    }

    static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}

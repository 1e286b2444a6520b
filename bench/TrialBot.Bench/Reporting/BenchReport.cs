using TrialBot.Bench.Results;

namespace TrialBot.Bench.Reporting;

/// <summary>Everything one run measured, with where, when and how. A scenario that was not run is null.</summary>
internal sealed record BenchReport
{
    public required BenchProfile Profile { get; init; }

    public required MachineDescription Machine { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required TimeSpan Duration { get; init; }

    public required string LoadBefore { get; init; }

    public required string LoadAfter { get; init; }

    public IReadOnlyList<InProcessResult>? InProcess { get; init; }

    public IReadOnlyList<HttpLoadResult>? Http { get; init; }

    public IReadOnlyList<ColdStartResult>? ColdStart { get; init; }

    public IReadOnlyList<RecognitionResult>? Recognition { get; init; }

    public IReadOnlyList<MemoryResult>? Memory { get; init; }

    public StoredStateResult? StoredState { get; init; }

    /// <summary>The corpus of how people answer, read as the bot reads it (null when not run).</summary>
    public UnderstandingResult? Understanding { get; init; }

    /// <summary>Scenarios or parts left out, with the reason.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>Scenarios that failed as a whole, with the exception's type and message.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>Every error any scenario reported, prefixed with where it happened.</summary>
    public IReadOnlyList<string> Errors() =>
    [
        .. Failures,
        .. (InProcess ?? []).SelectMany(r => r.Errors.Select(e => $"in-process {r.Bot} {r.Language}: {e}")),
        .. (Http ?? []).SelectMany(r => r.Errors.Select(e => $"HTTP {r.Storage} {r.Bot} ×{r.Concurrency}: {e}")),
        .. (ColdStart ?? []).Where(r => r.Error is not null).Select(r => $"cold start: {r.Error}"),
        .. (Memory ?? []).SelectMany(r => r.Errors.Select(e => $"memory ({r.Subject}): {e}")),
        .. (StoredState?.Errors ?? []).Select(e => $"stored state: {e}"),
    ];
}

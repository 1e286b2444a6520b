namespace TrialBot.Bench.Results;

/// <summary>
/// One cold start of the host as a child process, in milliseconds from the process start: the first reply of a new
/// conversation, /readyz answering 200, /healthz answering 200 (the host listening), and the latency of the conversation's first turn that needs a
/// Microsoft.Recognizers.Text model (the age answer). Null where the step did not happen (see <see cref="Error"/>).
/// </summary>
internal sealed record ColdStartResult(double? FirstReplyMs, double? ReadyMs, double? FirstRecognizedTurnMs, string? ReadinessBody, string? Error)
{
    public double? ListeningMs { get; init; }
}

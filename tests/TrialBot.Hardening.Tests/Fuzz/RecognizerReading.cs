using TrialBot.Recognition;

namespace TrialBot.Hardening.Tests.Fuzz;

/// <summary>What a recognizer returned, without its value's type: the outcome, the problem, the magnitudes of a value.</summary>
internal sealed record RecognizerReading(RecognitionOutcome Outcome, string? Problem, IReadOnlyList<double> Magnitudes)
{
    public override string ToString() => $"{Outcome} {Problem} [{string.Join(", ", Magnitudes)}]";
}

namespace TrialBot.Bench.Results;

/// <summary>
/// The corpus of how people answer, read once with the bot's answer reader: the answers, how many were read as expected,
/// how many readings could flip a criterion, the per-question table, and the mean time to read one answer warm.
/// </summary>
internal sealed record UnderstandingResult(int Answers, int AsExpected, int Flips, string Table, double MeanMicrosecondsPerAnswer);

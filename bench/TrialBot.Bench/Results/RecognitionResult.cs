namespace TrialBot.Bench.Results;

/// <summary>
/// The cost of reading one utterance: our recognition layer or Microsoft.Recognizers.Text called directly. Warm:
/// mean time and bytes allocated per call; cold: the first call in a fresh process. Null where not measured.
/// </summary>
internal sealed record RecognitionResult(string CaseKey, string Side, double? WarmMicroseconds, double? WarmAllocatedBytes, double? ColdMilliseconds);

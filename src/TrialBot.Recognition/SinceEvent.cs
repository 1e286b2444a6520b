namespace TrialBot.Recognition;

/// <summary>The event a length of time is counted from.</summary>
/// <param name="Diagnosis">True when it is the diagnosis.</param>
/// <param name="AtAge">The person's age at the event, when the answer gives one.</param>
public sealed record SinceEvent(bool Diagnosis, int? AtAge);

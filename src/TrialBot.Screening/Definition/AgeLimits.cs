namespace TrialBot.Screening.Definition;

/// <summary>Inclusion criterion 2: the age range, both ends inclusive, in completed years.</summary>
/// <param name="AtLeastYears">The youngest age allowed.</param>
/// <param name="AtMostYears">The oldest age allowed.</param>
/// <param name="CountedAtSigning">True when the listing counts the age on the day the consent form is signed: an age
/// one year under the youngest or equal to the oldest is then left for the study team to check (a birthday may fall
/// before that day).</param>
public sealed record AgeLimits(double AtLeastYears, double AtMostYears, bool CountedAtSigning);

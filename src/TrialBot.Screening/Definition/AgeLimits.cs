namespace TrialBot.Screening.Definition;

/// <summary>Inclusion criterion 2: the age range, both ends inclusive, in completed years.</summary>
/// <param name="AtLeastYears">The youngest age allowed.</param>
/// <param name="AtMostYears">The oldest age allowed.</param>
public sealed record AgeLimits(double AtLeastYears, double AtMostYears);

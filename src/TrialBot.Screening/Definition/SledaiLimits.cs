namespace TrialBot.Screening.Definition;

/// <summary>Inclusion criterion 6: the SELENA-SLEDAI score during screening.</summary>
/// <param name="ScoreAtLeast">The lowest total score.</param>
/// <param name="ClinicalScoreAtLeastWhenSerologyScored">When low complement or anti-dsDNA contributes to the score, the
/// lowest score from clinical items alone. Stored for the study team; the person is asked only for the total.</param>
public sealed record SledaiLimits(double ScoreAtLeast, double ClinicalScoreAtLeastWhenSerologyScored);

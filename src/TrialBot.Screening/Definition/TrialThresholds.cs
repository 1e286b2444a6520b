namespace TrialBot.Screening.Definition;

/// <summary>Every number the criteria compare against, read from the definition's <c>thresholds</c> objects.</summary>
/// <param name="Age">Inclusion criterion 2.</param>
/// <param name="Regimen">Inclusion criterion 4.</param>
/// <param name="Sledai">Inclusion criterion 6.</param>
/// <param name="Nephritis">Exclusion criterion 1.</param>
/// <param name="IgA">Exclusion criterion 6.</param>
public sealed record TrialThresholds(AgeLimits Age, RegimenLimits Regimen, SledaiLimits Sledai, NephritisLimits Nephritis, IgALimits IgA);

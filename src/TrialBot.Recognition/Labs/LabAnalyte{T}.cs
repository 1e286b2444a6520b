namespace TrialBot.Recognition.Labs;

/// <summary>One lab measurement: the units it is accepted in, each with its conversion to the core quantity, and its plausible range.</summary>
/// <typeparam name="T">The core quantity (<c>SerumCreatinine</c>, <c>Proteinuria</c>, <c>SerumIgA</c>).</typeparam>
/// <param name="Conversions">The accepted units, each with the core factory taking a value in that unit.</param>
/// <param name="IsPlausible">True for a value within the range a lab could report.</param>
/// <param name="Canonical">The value in one fixed unit, to tell whether two readings in different units agree.</param>
internal sealed record LabAnalyte<T>(
    IReadOnlyDictionary<LabUnit, Func<double, T>> Conversions,
    Func<T, bool> IsPlausible,
    Func<T, double> Canonical);

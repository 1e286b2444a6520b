namespace TrialBot.Recognition.Labs;

/// <summary>One lab measurement: the units it is accepted in, each with its conversion to the core quantity, and its plausible range.</summary>
/// <typeparam name="T">The core quantity (<c>SerumCreatinine</c>, <c>Proteinuria</c>, <c>SerumIgA</c>).</typeparam>
/// <param name="Conversions">The accepted units, each with the core factory taking a value in that unit.</param>
/// <param name="IsPlausible">True for a value within the range a lab could report.</param>
/// <param name="Canonical">The value in one fixed unit, to tell whether two readings in different units agree.</param>
/// <param name="UnitByMagnitude">For a number given without a unit: the one unit in which that number is plausible, when
/// there is only one (serum creatinine 260 can only be µmol/L); null when the number fits several. Null for a
/// measurement whose bare numbers are never unambiguous.</param>
/// <param name="ReadsAWholeAndSomething">True when "8克多" / "8 something g" (between 8 and 9) is read as 8.5, to confirm:
/// for a measurement whose limits are whole numbers in its unit (24-hour protein, &gt; 6 g), such a range is never on
/// both sides of a limit.</param>
internal sealed record LabAnalyte<T>(
    IReadOnlyDictionary<LabUnit, Func<double, T>> Conversions,
    Func<T, bool> IsPlausible,
    Func<T, double> Canonical,
    Func<double, LabUnit?>? UnitByMagnitude = null,
    bool ReadsAWholeAndSomething = false);

namespace TrialBot.Screening.Answers;

/// <summary>
/// A lab value as it was said: one figure ("IgA 0.8 g/L"), a bound it lies beyond ("&lt;5 mg/dL", 低于80), or a range
/// (70-80 µmol/L; 肌酐80多, above 80 and up to 90).
/// </summary>
/// <typeparam name="T">The quantity: <see cref="Quantities.SerumCreatinine"/>, <see cref="Quantities.Proteinuria"/> or
/// <see cref="Quantities.SerumIgA"/>.</typeparam>
/// <param name="Figure">The value, the bound, or the lower end of a range.</param>
/// <param name="Bound">How <paramref name="Figure"/> was said; <see cref="LabBound.Above"/> with <paramref name="UpTo"/> is a
/// range whose lower end is not included ("80多").</param>
/// <param name="UpTo">The upper end of a range, or null for one figure.</param>
public readonly record struct LabReading<T>(T Figure, LabBound Bound = LabBound.Exact, T? UpTo = null)
    where T : struct;

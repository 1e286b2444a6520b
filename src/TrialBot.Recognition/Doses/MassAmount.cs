namespace TrialBot.Recognition.Doses;

/// <summary>An amount of medicine with its mass unit, as found in a prepared answer ("5 mg", "7.5 milligrams", 10毫克).</summary>
/// <param name="Start">Index of the number's first character.</param>
/// <param name="End">Index just past the unit.</param>
/// <param name="Milligrams">The amount in milligrams.</param>
internal readonly record struct MassAmount(int Start, int End, double Milligrams);

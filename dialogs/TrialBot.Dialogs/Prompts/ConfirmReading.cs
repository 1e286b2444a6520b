namespace TrialBot.Dialogs.Prompts;

/// <summary>A yes/no reading with, when it is not recognised, the code of what was wrong (its text is <c>problem.{code}</c>).</summary>
/// <param name="Recognition">Yes, no, unsure, or not recognised.</param>
/// <param name="ProblemCode">For a reading not recognised: a more precise problem than "not a yes or a no", or null.</param>
public readonly record struct ConfirmReading(ConfirmRecognition Recognition, string? ProblemCode = null);

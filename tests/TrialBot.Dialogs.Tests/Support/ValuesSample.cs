namespace TrialBot.Dialogs.Tests.Support;

/// <summary>A nested record stored as a dialog value.</summary>
internal sealed record Regimen(string Medicine, decimal MilligramsPerDay, Schedule Schedule);

/// <summary>The inner record of <see cref="Regimen"/>.</summary>
internal sealed record Schedule(int TimesPerDay, IReadOnlyList<string> Days);

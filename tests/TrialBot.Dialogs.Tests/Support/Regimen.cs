namespace TrialBot.Dialogs.Tests.Support;

/// <summary>A nested record stored as a dialog value.</summary>
internal sealed record Regimen(string Medicine, decimal MilligramsPerDay, Schedule Schedule);

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>The inner record of <see cref="Regimen"/>.</summary>
internal sealed record Schedule(int TimesPerDay, IReadOnlyList<string> Days);

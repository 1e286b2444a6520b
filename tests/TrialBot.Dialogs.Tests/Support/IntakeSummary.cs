namespace TrialBot.Dialogs.Tests.Support;

/// <summary>What the sample intake conversation ends with.</summary>
internal sealed record IntakeSummary(bool Consented, int? Age);

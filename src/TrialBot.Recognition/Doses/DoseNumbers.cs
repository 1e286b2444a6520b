using TrialBot.Recognition.Numbers;

namespace TrialBot.Recognition.Doses;

/// <summary>The numbers of a dose answer, sorted by what they say.</summary>
/// <param name="Amounts">Numbers with a mass unit.</param>
/// <param name="Counts">Tablet counts.</param>
/// <param name="Others">Numbers that are neither (a bare "10").</param>
internal sealed record DoseNumbers(List<MassAmount> Amounts, List<TabletCount> Counts, List<NumberMention> Others);

using TrialBot.Screening.Texts;

namespace TrialBot.Recognition.Places;

/// <summary>A province (or region) of the built-in table: naming one stands for its capital.</summary>
/// <param name="Name">The English and Chinese names.</param>
/// <param name="Aliases">Other spellings.</param>
/// <param name="Capital">The id of the capital city.</param>
public sealed record Province(LocalizedText Name, IReadOnlyList<string> Aliases, string Capital)
{
    /// <summary>Every name the province is matched by.</summary>
    public IEnumerable<string> AllNames => [Name.En, Name.Zh, .. Aliases];
}

using TrialBot.Screening.Sites;
using TrialBot.Screening.Texts;

namespace TrialBot.Recognition.Places;

/// <summary>A city of the built-in table.</summary>
/// <param name="Id">Stable id, lower-case ASCII (<c>hangzhou</c>).</param>
/// <param name="Name">The English and Chinese names.</param>
/// <param name="Aliases">Other spellings people use (older romanisations, traditional characters, with 市).</param>
/// <param name="Location">The city centre.</param>
public sealed record City(string Id, LocalizedText Name, IReadOnlyList<string> Aliases, GeoPoint Location)
{
    /// <summary>Every name the city is matched by: English, Chinese and the aliases.</summary>
    public IEnumerable<string> AllNames => [Name.En, Name.Zh, .. Aliases];
}

namespace TrialBot.Recognition.Places;

/// <summary>The shape of the embedded <c>cities.json</c> resource.</summary>
/// <param name="Cities">The cities.</param>
/// <param name="Provinces">The provinces and regions, each naming its capital.</param>
internal sealed record CityTable(IReadOnlyList<City> Cities, IReadOnlyList<Province> Provinces);

namespace TrialBot.Recognition;

/// <summary>A place a person gave: their words and the city recognised in them.</summary>
/// <param name="Text">The place as the person gave it (normalised).</param>
/// <param name="CityId">The id of the city in the built-in table, or null for a place not recognised (a town not in
/// the table, a place abroad).</param>
public sealed record RecognizedPlace(string Text, string? CityId);

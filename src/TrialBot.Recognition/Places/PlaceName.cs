namespace TrialBot.Recognition.Places;

/// <summary>What a name in a place answer stands for.</summary>
/// <param name="CityId">The city, or for a province its capital; null for a broad area.</param>
/// <param name="IsProvince">True for a province or region, which holds many cities.</param>
internal readonly record struct PlaceName(string? CityId, bool IsProvince);

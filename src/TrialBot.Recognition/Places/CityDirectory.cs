using System.Text.Json;

namespace TrialBot.Recognition.Places;

/// <summary>
/// The built-in table of Chinese cities (every provincial capital, large cities, Hong Kong, Macau, Taipei) and provinces
/// with their capitals, and every name people write them by: the names the place recognizer
/// (<see cref="PlaceRecognizer"/>) reads in free text. The screening core knows a place only by its coordinates.
/// </summary>
public sealed class CityDirectory
{
    private const string ResourceName = "TrialBot.Recognition.Places.cities.json";

    private static readonly Lazy<CityDirectory> BuiltInDirectory = new(LoadBuiltIn);

    private readonly Dictionary<string, City> byId;

    private CityDirectory(CityTable table)
    {
        Cities = table.Cities;
        Provinces = table.Provinces;
        byId = table.Cities.ToDictionary(city => city.Id, StringComparer.Ordinal);
    }

    /// <summary>The directory of the built-in table.</summary>
    public static CityDirectory BuiltIn => BuiltInDirectory.Value;

    /// <summary>Every city of the table.</summary>
    public IReadOnlyList<City> Cities { get; }

    /// <summary>Every province (and autonomous region) of the table, with its capital.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>The city with <paramref name="id"/>, or null.</summary>
    public City? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }

    private static CityDirectory LoadBuiltIn()
    {
        using var stream = typeof(CityDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        var table = JsonSerializer.Deserialize<CityTable>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is empty.");
        return new CityDirectory(table);
    }
}

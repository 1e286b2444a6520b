using System.Text.Json;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Sites;

/// <summary>
/// The built-in table of Chinese cities (every provincial capital, large cities, Hong Kong, Macau, Taipei), and
/// recognition of a city, or a province standing for its capital, inside a short answer in either script
/// ("I live in Hangzhou", "杭州", "浙江杭州", "near Nanjing", "Zhejiang").
/// </summary>
public sealed class CityDirectory
{
    private const string ResourceName = "TrialBot.Screening.Sites.cities.json";

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

    /// <summary>
    /// The city named in <paramref name="text"/>; a named city wins over a named province, a longer name over a shorter
    /// one, an earlier one over a later one. Null when no Chinese city or province is named (a place abroad).
    /// </summary>
    public City? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = PhraseMatcher.Normalize(text);
        return BestMatch(Cities, city => city.AllNames, normalized)
            ?? (BestMatch(Provinces, province => province.AllNames, normalized) is { } province ? Get(province.Capital) : null);
    }

    private static T? BestMatch<T>(IEnumerable<T> candidates, Func<T, IEnumerable<string>> names, string normalizedText)
        where T : class =>
        candidates
            .SelectMany(candidate => names(candidate).Select(name => (Candidate: candidate, Name: name, Position: PhraseMatcher.Find(normalizedText, name))))
            .Where(match => match.Position >= 0)
            .OrderByDescending(match => match.Name.Length)
            .ThenBy(match => match.Position)
            .Select(match => match.Candidate)
            .FirstOrDefault();

    private static CityDirectory LoadBuiltIn()
    {
        using var stream = typeof(CityDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        var table = JsonSerializer.Deserialize<CityTable>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is empty.");
        return new CityDirectory(table);
    }
}

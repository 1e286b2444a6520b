using System.Text.Json;

namespace TrialBot.Storage.Coordinators;

/// <summary>An account's sites as stored: a JSON array of site ids, sorted, without duplicates.</summary>
internal static class SiteIdsJson
{
    /// <summary>Writes the sites.</summary>
    public static string Write(IEnumerable<string> siteIds) =>
        JsonSerializer.Serialize(Normalize(siteIds));

    /// <summary>Reads the sites.</summary>
    public static IReadOnlyList<string> Read(string json) =>
        JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>The sites trimmed, without blanks and duplicates, sorted.</summary>
    public static string[] Normalize(IEnumerable<string> siteIds) =>
        [.. siteIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

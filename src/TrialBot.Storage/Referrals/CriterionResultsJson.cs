using System.Text.Json;

namespace TrialBot.Storage.Referrals;

/// <summary>The stored form of <see cref="Referral.CriterionResults"/>: a JSON object of criterion id → result.</summary>
internal static class CriterionResultsJson
{
    /// <summary>Serialises the results.</summary>
    /// <param name="results">The results.</param>
    /// <returns>A JSON object.</returns>
    public static string Write(IReadOnlyDictionary<string, string> results) => JsonSerializer.Serialize(results);

    /// <summary>Reads stored results back.</summary>
    /// <param name="json">A JSON object of strings.</param>
    /// <returns>The results.</returns>
    public static IReadOnlyDictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}

using System.Text.Json;

namespace TrialBot.Storage.Referrals;

/// <summary>The stored form of <see cref="Referral.Details"/>: one JSON document (camel case).</summary>
internal static class ReferralDetailsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serialises the details.</summary>
    /// <param name="details">The details.</param>
    /// <returns>JSON.</returns>
    public static string Write(ReferralDetails details) => JsonSerializer.Serialize(details, Options);

    /// <summary>Reads stored details; none (null) reads as <see cref="ReferralDetails.Empty"/>.</summary>
    /// <param name="json">The stored JSON, or null.</param>
    /// <returns>The details.</returns>
    public static ReferralDetails Read(string? json) =>
        string.IsNullOrEmpty(json) ? ReferralDetails.Empty : JsonSerializer.Deserialize<ReferralDetails>(json, Options) ?? ReferralDetails.Empty;
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TrialBot.Hardening.Tests.Auth;

/// <summary>
/// Well-formed JSON Web Tokens signed with a key of the test's own (RS256 with a key id, or HS256), as a forger or a
/// misconfigured caller would send them: the shape is right, the key is one no issuer published.
/// </summary>
internal static class TestJwt
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private static readonly RSA UnknownKey = RSA.Create(2048);

    public static string SignedRs256(string audience, DateTimeOffset expires, string issuer = BotFrameworkIssuer, string keyId = "unknown-key-id", JsonObject? extraClaims = null)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = keyId, ["x5t"] = keyId };
        var unsigned = $"{Encode(header)}.{Encode(Payload(audience, expires, issuer, extraClaims))}";
        var signature = UnknownKey.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{unsigned}.{Base64Url(signature)}";
    }

    public static string SignedHs256(byte[] key, JsonObject payload)
    {
        var unsigned = $"{Encode(new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" })}.{Encode(payload)}";
        return $"{unsigned}.{Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned)))}";
    }

    /// <summary>A token that says it needs no signature at all.</summary>
    public static string Unsigned(JsonObject payload) => $"{Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" })}.{Encode(payload)}.";

    public static JsonObject Payload(string audience, DateTimeOffset expires, string issuer = BotFrameworkIssuer, JsonObject? extraClaims = null)
    {
        var payload = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["serviceurl"] = "http://127.0.0.1:9/",
            ["nbf"] = expires.AddHours(-2).ToUnixTimeSeconds(),
            ["iat"] = expires.AddHours(-2).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in extraClaims ?? [])
        {
            payload[name] = value?.DeepClone();
        }

        return payload;
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Encode(JsonObject part) => Base64Url(Encoding.UTF8.GetBytes(part.ToJsonString()));
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Tokens;

/// <summary>
/// Issues and checks conversation tokens: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c>, where the payload
/// names the conversation, the user, the start language and the expiry. Nothing is stored: the signature is the proof.
/// </summary>
internal sealed class ConversationTokenService(TokenSigningKey key, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const char Separator = '.';

    /// <summary>Signs a token for <paramref name="grant"/>, valid for the configured lifetime from now.</summary>
    public IssuedToken Issue(ConversationGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var lifetime = options.Value.TokenLifetime;
        var expiresAt = clock.GetUtcNow() + lifetime;
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new TokenPayload(grant.ConversationId, grant.UserId, grant.Locale, expiresAt.ToUnixTimeSeconds()));
        var value = Base64Url.EncodeToString(payload) + Separator + Base64Url.EncodeToString(Sign(payload));
        return new IssuedToken(value, grant, expiresAt, (int)lifetime.TotalSeconds);
    }

    /// <summary>Checks the token in an <c>Authorization: Bearer …</c> header value.</summary>
    public TokenCheck Check(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return TokenCheck.Refused(DirectLineError.MissingToken());
        }

        if (!authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return TokenCheck.Refused(DirectLineError.MissingToken());
        }

        return CheckToken(authorizationHeader[scheme.Length..].Trim());
    }

    private TokenCheck CheckToken(string token)
    {
        var parts = token.Split(Separator);
        if (parts.Length != 2 || !TryDecode(parts[0], out var payload) || !TryDecode(parts[1], out var signature))
        {
            return TokenCheck.Refused(DirectLineError.InvalidToken("The token is malformed."));
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return TokenCheck.Refused(DirectLineError.InvalidToken("The token's signature does not match."));
        }

        var claims = JsonSerializer.Deserialize<TokenPayload>(payload);
        if (claims is null || string.IsNullOrEmpty(claims.ConversationId) || string.IsNullOrEmpty(claims.UserId))
        {
            return TokenCheck.Refused(DirectLineError.InvalidToken("The token is malformed."));
        }

        if (clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt))
        {
            return TokenCheck.Refused(DirectLineError.TokenExpired());
        }

        return TokenCheck.Valid(new ConversationGrant(claims.ConversationId, claims.UserId, claims.Locale));
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key.Bytes, payload);

    private static bool TryDecode(string part, out byte[] bytes)
    {
        bytes = [];
        if (part.Length == 0 || !Base64Url.IsValid(part))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(part);
        return true;
    }

    /// <summary>The signed content of a token; short names keep the token short.</summary>
    private sealed record TokenPayload(
        [property: JsonPropertyName("c")] string ConversationId,
        [property: JsonPropertyName("u")] string UserId,
        [property: JsonPropertyName("l"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Locale,
        [property: JsonPropertyName("e")] long ExpiresAt);
}

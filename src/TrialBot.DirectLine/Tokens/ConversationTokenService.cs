using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Tokens;

/// <summary>
/// Issues and checks conversation tokens: HS256 JSON Web Tokens whose claims name the conversation (<c>conv</c>), the
/// user (<c>user</c>, the claim Web Chat reads its user id from, as with Azure's tokens) and the expiry (<c>exp</c>).
/// Nothing is stored: the signature is the proof.
/// </summary>
internal sealed class ConversationTokenService(TokenSigningKey key, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    /// <summary>The only header issued and accepted; a token naming another algorithm is refused, not reinterpreted.</summary>
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    /// <summary>Signs a token for <paramref name="grant"/>, valid for the configured lifetime from now.</summary>
    public IssuedToken Issue(ConversationGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var lifetime = options.Value.TokenLifetime;
        var expiresAt = clock.GetUtcNow() + lifetime;
        var claims = JsonSerializer.SerializeToUtf8Bytes(new TokenClaims(grant.ConversationId, grant.UserId, expiresAt.ToUnixTimeSeconds()));
        var signedPart = Header + "." + Base64Url.EncodeToString(claims);
        return new IssuedToken(signedPart + "." + Base64Url.EncodeToString(Sign(signedPart)), grant, (int)lifetime.TotalSeconds);
    }

    /// <summary>Checks the token in an <c>Authorization: Bearer …</c> header value.</summary>
    public TokenCheck Check(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return TokenCheck.Refused(DirectLineError.MissingToken());
        }

        return CheckToken(authorizationHeader[scheme.Length..].Trim());
    }

    private TokenCheck CheckToken(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || !TryDecode(parts[1], out var claimsJson) || !TryDecode(parts[2], out var signature))
        {
            return TokenCheck.Refused(DirectLineError.InvalidToken("The token is malformed."));
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return TokenCheck.Refused(DirectLineError.InvalidToken("The token's signature does not match."));
        }

        var claims = JsonSerializer.Deserialize<TokenClaims>(claimsJson);
        if (claims is null || string.IsNullOrEmpty(claims.ConversationId) || string.IsNullOrEmpty(claims.User))
        {
            return TokenCheck.Refused(DirectLineError.InvalidToken("The token is malformed."));
        }

        if (clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt))
        {
            return TokenCheck.Refused(DirectLineError.TokenExpired());
        }

        return TokenCheck.Valid(new ConversationGrant(claims.ConversationId, claims.User));
    }

    private byte[] Sign(string signedPart) => HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(signedPart));

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

    /// <summary>The claims of a token.</summary>
    private sealed record TokenClaims(
        [property: JsonPropertyName("conv")] string ConversationId,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("exp")] long ExpiresAt);
}

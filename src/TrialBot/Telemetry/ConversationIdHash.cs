using System.Security.Cryptography;
using System.Text;

namespace TrialBot.Host.Telemetry;

/// <summary>
/// Replaces a conversation id with a short keyed hash for logs and traces: the same conversation always gives the same
/// value, so its log lines can be followed, but the id itself (on SMS, a phone number) never reaches a log.
/// </summary>
public sealed class ConversationIdHash
{
    /// <summary>What <see cref="Compute"/> returns when there is no conversation id.</summary>
    public const string None = "none";

    private readonly byte[] key;

    /// <summary>Creates the hash with a key (see <c>Telemetry:ConversationIdHashKey</c>); empty or null is allowed.</summary>
    public ConversationIdHash(string? key)
    {
        this.key = Encoding.UTF8.GetBytes(key ?? string.Empty);
    }

    /// <summary>The first 64 bits of HMAC-SHA256 of the id, as 16 lower-case hex digits, or <see cref="None"/>.</summary>
    public string Compute(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return None;
        }

        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(conversationId), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}

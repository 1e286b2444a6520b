using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// Who opens a conversation, as an opaque key: an HMAC of the client's address (as the host's forwarded-headers
/// settings give it) under the token signing key, so that the storage never holds an address. At the conversation cap,
/// the origin holding the most silent conversations gives way first.
/// </summary>
internal sealed class ConversationOrigin(TokenSigningKey key)
{
    /// <summary>The origin key of <paramref name="request"/>.</summary>
    public string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var address = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
        return Convert.ToHexString(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes("origin:" + address)), 0, 12);
    }
}

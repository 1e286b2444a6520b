using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace TrialBot.DirectLine.Tokens;

/// <summary>The HMAC-SHA256 key that signs conversation tokens: configured, or drawn at random for this process.</summary>
internal sealed partial class TokenSigningKey
{
    /// <summary>The shortest key accepted (the HMAC-SHA256 block of security).</summary>
    public const int MinimumBytes = 32;

    private TokenSigningKey(byte[] bytes) => Bytes = bytes;

    /// <summary>The key material.</summary>
    public byte[] Bytes { get; }

    /// <summary>The configured key, or a random one (with a warning) when <paramref name="configured"/> is empty.</summary>
    public static TokenSigningKey Create(string? configured, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(configured))
        {
            LogRandomKey(logger);
            return new TokenSigningKey(RandomNumberGenerator.GetBytes(MinimumBytes));
        }

        return TryDecode(configured, out var bytes)
            ? new TokenSigningKey(bytes)
            : throw new ArgumentException($"The token signing key must be base64 of at least {MinimumBytes} bytes.", nameof(configured));
    }

    /// <summary>Decodes a base64 key and checks its length.</summary>
    public static bool TryDecode(string value, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(value);
        bytes = [];
        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), buffer, out var written) || written < MinimumBytes)
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:TokenSigningKey is not configured: conversation tokens are signed with a random key of this process, so they do not survive a restart and are not accepted by other instances. Configure the key when running more than one instance.")]
    private static partial void LogRandomKey(ILogger logger);
}

using System.ComponentModel.DataAnnotations;

namespace TrialBot.Host.Configuration;

/// <summary>
/// The fixed-window rate limit on <c>/api/messages</c>, per client IP address, section <c>RateLimiting</c>.
/// The Bot Framework Service calls from a few addresses for all its users, so the default is generous; it is a guard
/// against a single caller flooding the bot, not a per-person quota.
/// </summary>
public sealed class MessagesRateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>How many requests one IP address may make per window.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimiting:PermitLimit must be between 1 and 1000000.")]
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window's length in seconds.</summary>
    [Range(1, 86_400, ErrorMessage = "RateLimiting:WindowSeconds must be between 1 and 86400.")]
    public int WindowSeconds { get; set; } = 60;
}

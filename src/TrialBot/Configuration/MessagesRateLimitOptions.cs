using System.ComponentModel.DataAnnotations;

namespace TrialBot.Host.Configuration;

/// <summary>
/// The fixed-window rate limits, section <c>RateLimiting</c>. On <c>/api/messages</c> the limit is per conversation and per
/// sender, counted after authentication: the Bot Framework Service calls from a few addresses for all its users, so a
/// limit per address would throttle everyone together. Per client address only on the anonymous endpoints.
/// </summary>
public sealed class MessagesRateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>How many activities one conversation, and one sender, may send per window on <c>/api/messages</c>.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimiting:PermitLimit must be between 1 and 1000000.")]
    public int PermitLimit { get; set; } = 120;

    /// <summary>The window's length in seconds.</summary>
    [Range(1, 86_400, ErrorMessage = "RateLimiting:WindowSeconds must be between 1 and 86400.")]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// Gets or sets how many requests one client address may make in a window on the anonymous endpoints (the widget's
    /// Direct Line token generation): one address cannot use up what every visitor shares.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimiting:AnonymousPermitLimit must be between 1 and 1000000.")]
    public int AnonymousPermitLimit { get; set; } = 30;
}

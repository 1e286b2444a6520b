using System.ComponentModel.DataAnnotations;

namespace TrialBot.Host.Configuration;

/// <summary>Settings of the Bot Framework endpoint, section <c>Bot</c>.</summary>
public sealed class BotEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>The default of <see cref="MaxActivityBytes"/>: 256 KB, well above any real activity.</summary>
    public const int DefaultMaxActivityBytes = 256 * 1024;

    /// <summary>
    /// Whether the Production environment may run without <c>MicrosoftAppId</c>, accepting unauthenticated requests on
    /// <c>/api/messages</c>. False by default: a production bot without an identity refuses to start.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The largest activity body <c>/api/messages</c> accepts, in bytes; larger bodies get 413.</summary>
    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "Bot:MaxActivityBytes must be between 1024 and 4194304 bytes.")]
    public int MaxActivityBytes { get; set; } = DefaultMaxActivityBytes;

    /// <summary>
    /// How long authenticating one request on <c>/api/messages</c> may take, in seconds (fetching the issuers' signing
    /// keys included); longer is refused with 401.
    /// </summary>
    [Range(1, 120, ErrorMessage = "Bot:AuthenticationTimeoutSeconds must be between 1 and 120.")]
    public int AuthenticationTimeoutSeconds { get; set; } = 10;
}

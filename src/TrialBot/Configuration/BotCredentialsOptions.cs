namespace TrialBot.Host.Configuration;

/// <summary>
/// The bot's Azure identity, read from the configuration root with the key names the Bot Framework and Azure use
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// The Bot Framework's own <c>ConfigurationBotFrameworkAuthentication</c> reads the same keys; this class exists so they
/// are checked at start with clear messages.
/// </summary>
public sealed class BotCredentialsOptions
{
    /// <summary>How the bot authenticates: <c>MultiTenant</c> (the default when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app (client) id. Empty means local use: requests are accepted without a token.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret (not used with <c>UserAssignedMSI</c>). Supply it from a secret store, never from a file in the repository.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The Entra ID tenant; required for <c>SingleTenant</c> and <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppTenantId { get; set; }
}

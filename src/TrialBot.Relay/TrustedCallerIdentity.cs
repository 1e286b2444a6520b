using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;

namespace TrialBot.Relay;

/// <summary>
/// The identity under which an in-process channel hands activities to the bot's adapter. The adapter builds its
/// outbound connector from the identity's app id and refuses an app id other than its own (<c>MicrosoftAppId</c>), so:
/// with no app id configured (anonymous) the identity is the anonymous one the adapter gives unauthenticated requests;
/// with an app id, it carries that id as audience and app id, as the adapter's own proactive identity does.
/// </summary>
/// <param name="microsoftAppId">The bot's app id (root setting <c>MicrosoftAppId</c>); empty for anonymous.</param>
public sealed class TrustedCallerIdentity(string? microsoftAppId)
{
    /// <summary>Creates the identity for one turn.</summary>
    public ClaimsIdentity Create() =>
        string.IsNullOrWhiteSpace(microsoftAppId)
            ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
            : new ClaimsIdentity(
            [
                new Claim(AuthenticationConstants.AudienceClaim, microsoftAppId),
                new Claim(AuthenticationConstants.AppIdClaim, microsoftAppId),
            ]);
}

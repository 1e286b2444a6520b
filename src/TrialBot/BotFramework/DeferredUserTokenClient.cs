using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// The user-token client of a turn, made only when the turn first uses it. The adapter makes one for every turn, in case
/// a sign-in prompt needs it; the screening never signs anyone in, and making one builds an OAuth client whose base class
/// parses its user-agent entries with new regular expressions: about a tenth of a turn spent on nothing.
/// </summary>
internal sealed class DeferredUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    private Task<UserTokenClient>? made;

    /// <inheritdoc />
    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken).ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    /// <summary>True once the client has been made (for tests).</summary>
    internal bool IsMade => made is not null;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && made is { IsCompletedSuccessfully: true } done)
        {
            done.Result.Dispose();
        }

        base.Dispose(disposing);
    }

    private Task<UserTokenClient> InnerAsync(CancellationToken cancellationToken)
    {
        var making = made;
        if (making is null || making.IsFaulted || making.IsCanceled)
        {
            making = create(cancellationToken);
            made = making;
        }

        return making;
    }
}

using Microsoft.AspNetCore.Identity;
using TrialBot.Storage.Coordinators;

namespace TrialBot.Host.Coordinators;

/// <summary>
/// Checks a local account's e-mail address and password against the stored hash. An unknown address costs as much as
/// a wrong password (a hash is checked either way), so that the time taken does not tell which addresses exist. A hash
/// in an older format is replaced on a successful sign-in.
/// </summary>
internal sealed class LocalSignIn(ICoordinatorAccountStore accounts, IPasswordHasher<CoordinatorAccount> hasher)
{
    private static readonly CoordinatorAccount Nobody = new()
    {
        Email = "nobody@invalid",
        PasswordHash = "unused",
        SiteIds = ["none"],
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    /// <summary>The account, when the password is its own; otherwise null.</summary>
    /// <param name="email">The e-mail address typed.</param>
    /// <param name="password">The password typed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The account or null.</returns>
    public async Task<CoordinatorAccount?> CheckAsync(string email, string password, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(email, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            hasher.VerifyHashedPassword(Nobody, decoyHash.Value, password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await accounts.SaveAsync(account with { PasswordHash = hasher.HashPassword(account, password) }, cancellationToken).ConfigureAwait(false);
        }

        return result == PasswordVerificationResult.Failed ? null : account;
    }
}

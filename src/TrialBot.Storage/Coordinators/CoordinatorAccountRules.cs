namespace TrialBot.Storage.Coordinators;

/// <summary>What every store checks and normalises before it saves an account.</summary>
internal static class CoordinatorAccountRules
{
    /// <summary>The account as stored: e-mail normalised, sites trimmed, sorted and without duplicates.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The prepared account.</returns>
    /// <exception cref="ArgumentException">No e-mail address, no password hash, or no site.</exception>
    public static CoordinatorAccount Prepare(CoordinatorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var email = CoordinatorAccount.NormalizeEmail(account.Email);
        if (email.Length == 0)
        {
            throw new ArgumentException("An account needs an e-mail address.", nameof(account));
        }

        if (string.IsNullOrWhiteSpace(account.PasswordHash))
        {
            throw new ArgumentException("An account needs a password hash.", nameof(account));
        }

        var sites = SiteIdsJson.Normalize(account.SiteIds);
        if (sites.Length == 0)
        {
            throw new ArgumentException("An account belongs to at least one site.", nameof(account));
        }

        return account with { Email = email, SiteIds = sites };
    }
}

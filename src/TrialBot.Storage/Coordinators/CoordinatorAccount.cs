namespace TrialBot.Storage.Coordinators;

/// <summary>
/// A site coordinator's local account: who (an e-mail address, stored in lower case), the password's hash (never the
/// password) and the sites whose referrals the account may see. Accounts signed in through OpenID Connect are not
/// stored: their sites come from the identity provider's claims.
/// </summary>
public sealed record CoordinatorAccount
{
    /// <summary>The account's e-mail address, trimmed and in lower case (see <see cref="NormalizeEmail"/>).</summary>
    public required string Email { get; init; }

    /// <summary>The password's hash in ASP.NET Core Identity's format (salted PBKDF2); never the password itself.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>The sites (ids from the site directory) the account belongs to; at least one.</summary>
    public required IReadOnlyList<string> SiteIds { get; init; }

    /// <summary>When the account was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The form an e-mail address is stored and looked up in: trimmed, lower case (invariant).</summary>
    /// <param name="email">An address as typed.</param>
    /// <returns>The stored form.</returns>
    public static string NormalizeEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }
}

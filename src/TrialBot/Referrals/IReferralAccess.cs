using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals;

/// <summary>
/// The one place that decides which sites' referrals the caller of a request may see and change. Every referral
/// endpoint asks it for the <see cref="ReferralScope"/> and hands that scope to the store, so that a referral outside it
/// reads as not found.
/// </summary>
public interface IReferralAccess
{
    /// <summary>The scope of the request's caller.</summary>
    /// <param name="http">The request (its authenticated user, or the referral API key's mark).</param>
    /// <returns>The sites the caller may see; <see cref="ReferralScope.None"/> when the caller may see none.</returns>
    ReferralScope ScopeOf(HttpContext http);

    /// <summary>Who the caller is, as written in a referral's history (for example <c>api-key</c>, or an account's name).</summary>
    /// <param name="http">The request.</param>
    /// <returns>A short name; never empty.</returns>
    string ActorOf(HttpContext http);
}

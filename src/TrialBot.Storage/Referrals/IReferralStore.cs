using TrialBot.Storage.Conversations;

namespace TrialBot.Storage.Referrals;

/// <summary>Keeps referrals for the study team.</summary>
public interface IReferralStore
{
    /// <summary>Stores a new referral.</summary>
    /// <param name="referral">The referral; its contact details must include a phone number or an e-mail address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the referral is stored.</returns>
    /// <exception cref="ArgumentException">A required field is missing.</exception>
    /// <exception cref="InvalidOperationException">A referral with the same id exists.</exception>
    Task AddAsync(Referral referral, CancellationToken cancellationToken = default);

    /// <summary>Lists the referrals inside <paramref name="scope"/> that match <paramref name="filter"/>, oldest first.</summary>
    /// <param name="scope">The sites the caller may see.</param>
    /// <param name="filter">Which referrals; <see cref="ReferralFilter.All"/> for all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matching referrals, ordered by creation time, then id.</returns>
    Task<IReadOnlyList<Referral>> ListAsync(ReferralScope scope, ReferralFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Finds one referral inside <paramref name="scope"/>.</summary>
    /// <param name="scope">The sites the caller may see.</param>
    /// <param name="id">The referral's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The referral, or <see langword="null"/> if there is none with that id inside the scope.</returns>
    Task<Referral?> GetAsync(ReferralScope scope, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Marks a referral as contacted now (a referral already marked keeps its first time).</summary>
    /// <param name="scope">The sites the caller may change.</param>
    /// <param name="id">The referral's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="false"/> if there is no referral with that id inside the scope.</returns>
    Task<bool> MarkContactedAsync(ReferralScope scope, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Deletes every referral made in one conversation.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many referrals were deleted.</returns>
    Task<int> DeleteForConversationAsync(ConversationKey conversation, CancellationToken cancellationToken = default);
}

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

    /// <summary>Marks a referral as contacted now (a referral already marked keeps its first time): a new referral moves to
    /// <see cref="ReferralStatuses.Contacted"/> with an entry in its history; one further on is left as it is.</summary>
    /// <param name="scope">The sites the caller may change.</param>
    /// <param name="id">The referral's id.</param>
    /// <param name="actor">Who marks it (written in the history).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="false"/> if there is no referral with that id inside the scope.</returns>
    Task<bool> MarkContactedAsync(ReferralScope scope, Guid id, string actor, CancellationToken cancellationToken = default);

    /// <summary>Moves a referral to another status if the workflow (<see cref="ReferralWorkflow"/>) allows it, and
    /// appends the change to its history, atomically: of two changes from the same status at once, one wins.</summary>
    /// <param name="scope">The sites the caller may change.</param>
    /// <param name="id">The referral's id.</param>
    /// <param name="change">The new status, who asks and why.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Changed (with the referral as it now is), not found, or not allowed (with why).</returns>
    /// <exception cref="ArgumentException">The status is unknown, or a required reason is missing.</exception>
    Task<StatusChangeResult> ChangeStatusAsync(ReferralScope scope, Guid id, StatusChange change, CancellationToken cancellationToken = default);

    /// <summary>Appends a note or a contact attempt to a referral's history.</summary>
    /// <param name="scope">The sites the caller may change.</param>
    /// <param name="id">The referral's id.</param>
    /// <param name="entry">The entry (its kind one of <see cref="ReferralEventKinds.Added"/>, with a note).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The referral with the entry, or <see langword="null"/> if there is none with that id inside the scope.</returns>
    /// <exception cref="ArgumentException">The kind is not one that can be added, or the note is empty.</exception>
    Task<Referral?> AddEventAsync(ReferralScope scope, Guid id, ReferralEvent entry, CancellationToken cancellationToken = default);

    /// <summary>Keeps the person's answers to the study team's pre-call questions on a referral made in their
    /// conversation (<see cref="ReferralDetails.PreCall"/>), replacing those kept before.</summary>
    /// <param name="id">The referral's id.</param>
    /// <param name="conversation">The conversation the referral was made in (only it may add to the referral).</param>
    /// <param name="answers">The answers so far, in asking order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="false"/> if that conversation made no referral with that id (deleted, for example).</returns>
    Task<bool> SavePreCallAnswersAsync(Guid id, ConversationKey conversation, IReadOnlyList<ReferralPreCallAnswer> answers, CancellationToken cancellationToken = default);

    /// <summary>Deletes every referral made in one conversation, with its history.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many referrals were deleted.</returns>
    Task<int> DeleteForConversationAsync(ConversationKey conversation, CancellationToken cancellationToken = default);
}

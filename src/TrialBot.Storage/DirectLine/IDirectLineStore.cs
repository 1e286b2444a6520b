namespace TrialBot.Storage.DirectLine;

/// <summary>
/// The self-hosted Direct Line's conversations and their activities, kept where the bot state is kept so that any
/// instance serves any conversation and a restart loses nothing. Times are passed in by the caller (its clock decides
/// what is idle); the store only records and compares them.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>
    /// Opens <paramref name="conversation"/> unless a conversation with its id exists (then that one is answered). When
    /// <paramref name="limits"/>'s maximum number is open, first forgets the expired conversations, then the least
    /// recently used one nobody spoke in among those of the origin that holds the most such conversations (so that one
    /// client opening many cannot push out another's); answers <see cref="DirectLineOpenOutcome.Full"/> when neither made room.
    /// </summary>
    /// <param name="conversation">The conversation to open (its sequence is 0).</param>
    /// <param name="limits">The maximum number of conversations and what counts as expired.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What happened, and the conversation as stored.</returns>
    Task<DirectLineOpenResult> OpenAsync(DirectLineConversationRecord conversation, DirectLineLimits limits, CancellationToken cancellationToken = default);

    /// <summary>The conversation <paramref name="conversationId"/>; null when unknown.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The conversation, or null.</returns>
    Task<DirectLineConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Records a request at <paramref name="now"/>, and that the person spoke when <paramref name="personSpoke"/>.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="now">The time of the request.</param>
    /// <param name="personSpoke">Whether the person sent an activity of their own.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when recorded.</returns>
    Task TouchAsync(string conversationId, DateTimeOffset now, bool personSpoke, CancellationToken cancellationToken = default);

    /// <summary>
    /// Numbers the next activity of the conversation, stores what <paramref name="serialize"/> makes of that number and
    /// keeps only the latest <paramref name="keep"/> activities. Returns the number; null when the conversation is gone.
    /// </summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="serialize">The activity's JSON, given its sequence number.</param>
    /// <param name="keep">How many of the latest activities to keep.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The activity's sequence number, or null.</returns>
    Task<long?> AppendAsync(string conversationId, Func<long, string> serialize, int keep, CancellationToken cancellationToken = default);

    /// <summary>The kept activities numbered after <paramref name="after"/>, oldest first; null when the conversation is gone.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="after">The watermark: the last sequence number the client has.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The activities and the conversation's last sequence number, or null.</returns>
    Task<DirectLineActivitySlice?> ReadAfterAsync(string conversationId, long after, CancellationToken cancellationToken = default);

    /// <summary>Forgets the conversation and its activities.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when forgotten.</returns>
    Task RemoveAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Forgets every conversation <paramref name="limits"/> calls expired, with its activities.</summary>
    /// <param name="limits">What counts as expired.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many conversations were forgotten.</returns>
    Task<int> RemoveExpiredAsync(DirectLineLimits limits, CancellationToken cancellationToken = default);
}

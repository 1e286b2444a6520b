namespace TrialBot.Storage.DirectLine;

/// <summary>A self-hosted Direct Line conversation as stored.</summary>
/// <param name="ConversationId">The conversation id.</param>
/// <param name="UserId">The user its tokens name.</param>
/// <param name="Locale">The language asked for at its start; null when none was.</param>
/// <param name="LastUsed">When a request last touched it.</param>
/// <param name="PersonSpoke">Whether the person sent an activity of their own.</param>
/// <param name="LastSequence">The sequence number of its latest activity (0 before any).</param>
/// <param name="Origin">
/// Who opened it, as an opaque key (a hash of the client's address, never the address itself): at the cap, the
/// origin with the most silent conversations gives way first.
/// </param>
public sealed record DirectLineConversationRecord(
    string ConversationId, string UserId, string? Locale, DateTimeOffset LastUsed, bool PersonSpoke, long LastSequence, string Origin = "");

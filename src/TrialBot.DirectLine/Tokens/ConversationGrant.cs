namespace TrialBot.DirectLine.Tokens;

/// <summary>What a token allows: one conversation, as one user.</summary>
/// <param name="ConversationId">The only conversation the token may read or write.</param>
/// <param name="UserId">The user the token speaks for.</param>
internal sealed record ConversationGrant(string ConversationId, string UserId);

namespace TrialBot.DirectLine.Tokens;

/// <summary>What a token allows: one conversation, as one user, started in one language.</summary>
/// <param name="ConversationId">The only conversation the token may read or write.</param>
/// <param name="UserId">The user the token speaks for.</param>
/// <param name="Locale">The language the page asked for, given to the bot when the conversation starts; null when not given.</param>
internal sealed record ConversationGrant(string ConversationId, string UserId, string? Locale);

namespace TrialBot.DirectLine.Tokens;

/// <summary>A signed token and when it stops being valid.</summary>
/// <param name="Value">The token a client sends as <c>Authorization: Bearer …</c>.</param>
/// <param name="Grant">What the token allows.</param>
/// <param name="ExpiresInSeconds">Seconds from issue to expiry, as Direct Line's <c>expires_in</c>.</param>
internal sealed record IssuedToken(string Value, ConversationGrant Grant, int ExpiresInSeconds);

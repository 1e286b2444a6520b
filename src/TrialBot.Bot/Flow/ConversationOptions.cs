namespace TrialBot.Bot.Flow;

/// <summary>How the root dialog begins (plain data, stored with the stack).</summary>
/// <param name="ContinueScreening">True to take up the screening again with the answers kept (after "back" or "change"
/// once the outcome was given); false for a new screening.</param>
internal sealed record ConversationOptions(bool ContinueScreening);

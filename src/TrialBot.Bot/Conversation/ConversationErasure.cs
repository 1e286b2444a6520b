using Microsoft.Bot.Builder;

namespace TrialBot.Bot.Conversation;

/// <summary>
/// Marks, during a turn, that the person confirmed "delete my data". The bot erases the conversation's stored data after
/// the dialogs have saved their state, so that nothing is written back afterwards.
/// </summary>
internal static class ConversationErasure
{
    private const string TurnStateKey = "TrialBot.Bot.EraseConversation";

    /// <summary>Asks for the conversation's data to be erased at the end of the turn.</summary>
    /// <param name="turnContext">The turn.</param>
    public static void Request(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[TurnStateKey] = true;
    }

    /// <summary>Tells whether the turn asked for the conversation's data to be erased.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>True when erasure was requested.</returns>
    public static bool IsRequested(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(TurnStateKey, out var value) && value is true;
    }
}

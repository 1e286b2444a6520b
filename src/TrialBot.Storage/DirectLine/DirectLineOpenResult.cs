namespace TrialBot.Storage.DirectLine;

/// <summary>What <see cref="IDirectLineStore.OpenAsync"/> did.</summary>
public enum DirectLineOpenOutcome
{
    /// <summary>The conversation was opened.</summary>
    Created,

    /// <summary>A conversation with that id was already open.</summary>
    Existing,

    /// <summary>The maximum number of conversations is open and none could give way.</summary>
    Full,
}

/// <summary>The outcome of opening a conversation.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Conversation">The conversation as stored; null when <see cref="DirectLineOpenOutcome.Full"/>.</param>
public sealed record DirectLineOpenResult(DirectLineOpenOutcome Outcome, DirectLineConversationRecord? Conversation);

namespace TrialBot.Bench.Conversations;

/// <summary>Who talks in one conversation: a fresh conversation and person for each run.</summary>
internal sealed record ConversationIdentity(string ConversationId, string UserId, ScriptLanguage Language)
{
    public const string ChannelId = "bench";

    public static ConversationIdentity New(ScriptLanguage language)
    {
        var id = Guid.NewGuid().ToString("N");
        return new ConversationIdentity($"conversation-{id}", $"person-{id}", language);
    }
}

namespace TrialBot.Bench.Conversations;

/// <summary>Which bot runs behind the adapter.</summary>
internal enum BotKind
{
    /// <summary>TrialBot's screening conversation, as the host registers it.</summary>
    Screening,

    /// <summary>The ceiling: an echo bot on the same adapter and storage (<see cref="Hosting.EchoBot"/>).</summary>
    Echo,
}

namespace TrialBot.DirectLine.Bot;

/// <summary>How a bot turn ended for the request that started it.</summary>
internal enum TurnOutcome
{
    /// <summary>The bot finished; its replies are queued.</summary>
    Delivered,

    /// <summary>The bot threw; whatever it had sent before is not queued.</summary>
    Failed,

    /// <summary>The request stopped waiting; the turn goes on and its replies are queued when it ends.</summary>
    StillRunning,
}

namespace TrialBot.Sms.Turns;

/// <summary>How the bot's turn for one SMS ended, for the webhook request that brought it.</summary>
internal enum SmsTurnOutcome
{
    /// <summary>The bot finished; its replies (perhaps none) are the answer.</summary>
    Replied,

    /// <summary>The turn failed outside the adapter's error handler; nothing can be said.</summary>
    Failed,

    /// <summary>The bot did not finish in time; the turn was cancelled.</summary>
    TimedOut,
}

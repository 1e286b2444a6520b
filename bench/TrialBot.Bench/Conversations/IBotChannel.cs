namespace TrialBot.Bench.Conversations;

/// <summary>A way to deliver one activity to the bot and get its replies: the adapter in-process, or HTTP.</summary>
internal interface IBotChannel
{
    /// <summary>Sends the activity (JSON) and returns the replies with the time the channel took, or a failure.</summary>
    Task<TurnOutcome> SendAsync(byte[] activity, CancellationToken cancellationToken = default);
}

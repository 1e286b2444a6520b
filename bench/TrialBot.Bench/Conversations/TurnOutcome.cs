namespace TrialBot.Bench.Conversations;

/// <summary>One delivered turn: the replies (null when it failed, with the reason), the latency and, in-process, the bytes allocated.</summary>
internal sealed record TurnOutcome(TurnReplies? Replies, TimeSpan Latency, long? AllocatedBytes, string? Failure)
{
    public static TurnOutcome Succeeded(TurnReplies replies, TimeSpan latency, long? allocatedBytes = null) => new(replies, latency, allocatedBytes, null);

    public static TurnOutcome Failed(string failure, TimeSpan latency) => new(null, latency, null, failure);
}

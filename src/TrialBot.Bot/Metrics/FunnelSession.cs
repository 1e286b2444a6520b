namespace TrialBot.Bot.Metrics;

/// <summary>
/// The random id of the conversation's current screening in the funnel's events, kept in the conversation's state (and
/// erased with it). It names neither the person nor the conversation.
/// </summary>
public sealed class FunnelSession
{
    /// <summary>The current screening's id, or null before the first screening.</summary>
    public string? Id { get; set; }
}

using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// One open conversation: who it is for, its language, what clients can read, and the gate that lets one turn run at a
/// time.
/// </summary>
internal sealed class Conversation
{
    private long lastUsedTicks;
    private int personSpoke;

    /// <summary>Opens a conversation for <paramref name="grant"/> in <paramref name="locale"/> at <paramref name="now"/>.</summary>
    public Conversation(ConversationGrant grant, string? locale, int capacity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grant);
        Grant = grant;
        Locale = locale;
        Transcript = new ActivityTranscript(grant.ConversationId, capacity);
        lastUsedTicks = now.UtcTicks;
    }

    /// <summary>The conversation id.</summary>
    public string Id => Grant.ConversationId;

    /// <summary>The conversation and user its tokens name.</summary>
    public ConversationGrant Grant { get; }

    /// <summary>The language the client asked for when it started the conversation; null when it did not say.</summary>
    public string? Locale { get; }

    /// <summary>The activities clients can read.</summary>
    public ActivityTranscript Transcript { get; }

    /// <summary>Entered for the length of each bot turn, so that turns (and their replies) keep their order.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>When a request last touched the conversation.</summary>
    public DateTimeOffset LastUsed => new(Interlocked.Read(ref lastUsedTicks), TimeSpan.Zero);

    /// <summary>Records a request at <paramref name="now"/>.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref lastUsedTicks, now.UtcTicks);

    /// <summary>Whether the person has sent an activity of their own in this conversation.</summary>
    public bool PersonSpoke => Volatile.Read(ref personSpoke) == 1;

    /// <summary>Records that the person sent an activity of their own.</summary>
    public void MarkPersonSpoke() => Volatile.Write(ref personSpoke, 1);

    /// <summary>
    /// Whether the conversation has been idle, with no turn running, longer than <paramref name="idleTimeout"/>, or than
    /// <paramref name="silentTimeout"/> when the person has not sent anything yet (a conversation opened and left).
    /// </summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan idleTimeout, TimeSpan silentTimeout) =>
        now - LastUsed > (PersonSpoke ? idleTimeout : TimeSpan.FromTicks(Math.Min(idleTimeout.Ticks, silentTimeout.Ticks))) && TurnGate.CurrentCount > 0;
}

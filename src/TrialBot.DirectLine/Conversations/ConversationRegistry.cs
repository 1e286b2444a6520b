using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// The open conversations of this process, bounded in number; conversations idle for longer than the configured time
/// (shorter for one in which the person never sent anything) are forgotten, checked lazily on use and swept at most once
/// a minute. At the limit, the least recently used silent conversation gives way to a new one.
/// </summary>
internal sealed class ConversationRegistry(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Conversation> conversations = new(StringComparer.Ordinal);
    private long lastSweepTicks = clock.GetUtcNow().UtcTicks;

    /// <summary>
    /// Opens the conversation of <paramref name="grant"/> in <paramref name="locale"/>, or finds it when already open.
    /// Returns null when the configured maximum number of conversations is open.
    /// </summary>
    public (Conversation? Conversation, bool Created) Open(ConversationGrant grant, string? locale)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var existing = Find(grant.ConversationId);
        if (existing is not null)
        {
            return (existing, false);
        }

        var now = clock.GetUtcNow();
        if (conversations.Count >= options.Value.MaxConversations)
        {
            Sweep(now);
            if (conversations.Count >= options.Value.MaxConversations && !EvictLeastRecentlyUsedSilent())
            {
                return (null, false);
            }
        }

        var created = new Conversation(grant, locale, options.Value.MaxActivitiesPerConversation, now);
        var stored = conversations.GetOrAdd(grant.ConversationId, created);
        return (stored, ReferenceEquals(stored, created));
    }

    /// <summary>The open conversation <paramref name="conversationId"/>, touched; null when unknown or idle too long.</summary>
    public Conversation? Find(string conversationId)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        if (!conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (conversation.IsIdle(now, options.Value.ConversationIdleTimeout, options.Value.SilentConversationTimeout))
        {
            conversations.TryRemove(new KeyValuePair<string, Conversation>(conversationId, conversation));
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Forgets <paramref name="conversation"/> (for example when its start failed).</summary>
    public void Remove(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversations.TryRemove(new KeyValuePair<string, Conversation>(conversation.Id, conversation));
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref lastSweepTicks);
        if (now.UtcTicks - last >= SweepInterval.Ticks
            && Interlocked.CompareExchange(ref lastSweepTicks, now.UtcTicks, last) == last)
        {
            Sweep(now);
        }
    }

    private bool EvictLeastRecentlyUsedSilent()
    {
        KeyValuePair<string, Conversation>? silent = null;
        foreach (var entry in conversations)
        {
            if (!entry.Value.PersonSpoke && entry.Value.TurnGate.CurrentCount > 0 && (silent is null || entry.Value.LastUsed < silent.Value.Value.LastUsed))
            {
                silent = entry;
            }
        }

        return silent is { } oldest && conversations.TryRemove(oldest);
    }

    private void Sweep(DateTimeOffset now)
    {
        var idleTimeout = options.Value.ConversationIdleTimeout;
        var silentTimeout = options.Value.SilentConversationTimeout;
        foreach (var entry in conversations)
        {
            if (entry.Value.IsIdle(now, idleTimeout, silentTimeout))
            {
                conversations.TryRemove(entry);
            }
        }
    }
}

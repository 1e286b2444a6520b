using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Http;
using TrialBot.DirectLine.Tokens;
using TrialBot.Storage.DirectLine;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// The open conversations, kept in the bot's storage (so every instance sees the same ones), bounded in number;
/// conversations idle for longer than the configured time (shorter for one in which the person never sent anything)
/// are forgotten, checked on use and swept at most once a minute (by requests, and by <see cref="ConversationSweeper"/>
/// when there are none). At the limit, the least recently used silent
/// conversation gives way to a new one.
/// </summary>
internal sealed class ConversationRegistry(IDirectLineStore store, ConversationSignals signals, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    /// <summary>How stale a conversation's last use may be before a read records a new one (saves a write per poll).</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromSeconds(30);

    private long lastSweepTicks = clock.GetUtcNow().UtcTicks;

    /// <summary>
    /// Opens the conversation of <paramref name="grant"/> in <paramref name="locale"/>, or finds it when already open.
    /// <paramref name="origin"/> names who opens it (see <see cref="ConversationOrigin"/>). Returns null when the
    /// configured maximum number of conversations is open and none could give way.
    /// </summary>
    public async Task<(Conversation? Conversation, bool Created)> OpenAsync(ConversationGrant grant, string? locale, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var existing = await FindAsync(grant.ConversationId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return (existing, false);
        }

        var now = clock.GetUtcNow();
        var opened = await store.OpenAsync(
            new DirectLineConversationRecord(grant.ConversationId, grant.UserId, locale, now, PersonSpoke: false, LastSequence: 0, origin),
            Limits(now),
            cancellationToken).ConfigureAwait(false);
        return opened.Conversation is null
            ? (null, false)
            : (new Conversation(opened.Conversation), opened.Outcome == DirectLineOpenOutcome.Created);
    }

    /// <summary>The open conversation <paramref name="conversationId"/>, touched; null when unknown or idle too long.</summary>
    public async Task<Conversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await SweepIfDueAsync(now, cancellationToken).ConfigureAwait(false);
        var record = await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        if (Limits(now).IsExpired(record))
        {
            await store.RemoveAsync(conversationId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (now - record.LastUsed >= TouchInterval)
        {
            await store.TouchAsync(conversationId, now, personSpoke: false, cancellationToken).ConfigureAwait(false);
        }

        return new Conversation(record with { LastUsed = now });
    }

    /// <summary>Records that a client still reads <paramref name="conversationId"/> (an open stream), as a poll would.</summary>
    public Task KeepAliveAsync(string conversationId, CancellationToken cancellationToken) =>
        store.TouchAsync(conversationId, clock.GetUtcNow(), personSpoke: false, cancellationToken);

    /// <summary>Records that the person sent an activity of their own in <paramref name="conversation"/>.</summary>
    public Task MarkPersonSpokeAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.PersonSpoke
            ? Task.CompletedTask
            : store.TouchAsync(conversation.Id, clock.GetUtcNow(), personSpoke: true, cancellationToken);
    }

    /// <summary>
    /// Numbers <paramref name="activity"/>, sets its <see cref="Activity.Id"/>, stores a copy, wakes the conversation's
    /// streams and returns the id; null when the conversation is gone.
    /// </summary>
    public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var sequence = await store.AppendAsync(
            conversationId,
            number =>
            {
                activity.Id = ActivityTranscript.ActivityId(conversationId, number);
                return BotJson.Serialize(activity);
            },
            options.Value.MaxActivitiesPerConversation,
            cancellationToken).ConfigureAwait(false);
        signals.Signal(conversationId);
        return sequence is null ? null : activity.Id;
    }

    /// <summary>The activities numbered after <paramref name="watermark"/> (all kept ones when null); null when the conversation is gone.</summary>
    public async Task<ActivityPage?> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var slice = await store.ReadAfterAsync(conversationId, watermark ?? 0, cancellationToken).ConfigureAwait(false);
        return slice is null
            ? null
            : new ActivityPage(
                slice.Activities.Select(json => new JRaw(json)).ToList(),
                slice.LastSequence.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Forgets <paramref name="conversation"/> (for example when its start failed).</summary>
    public Task RemoveAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return store.RemoveAsync(conversation.Id, cancellationToken);
    }

    /// <summary>Forgets every expired conversation, with its activities; returns how many.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Interlocked.Exchange(ref lastSweepTicks, now.UtcTicks);
        return store.RemoveExpiredAsync(Limits(now), cancellationToken);
    }

    private DirectLineLimits Limits(DateTimeOffset now)
    {
        var idle = options.Value.ConversationIdleTimeout;
        var silent = TimeSpan.FromTicks(Math.Min(idle.Ticks, options.Value.SilentConversationTimeout.Ticks));
        return new DirectLineLimits(options.Value.MaxConversations, now - idle, now - silent);
    }

    private async Task SweepIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref lastSweepTicks);
        if (now.UtcTicks - last >= SweepInterval.Ticks
            && Interlocked.CompareExchange(ref lastSweepTicks, now.UtcTicks, last) == last)
        {
            await store.RemoveExpiredAsync(Limits(now), cancellationToken).ConfigureAwait(false);
        }
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;

namespace TrialBot.Storage.Conversations;

/// <summary>
/// Bot Framework's <see cref="ConversationState"/> (the same storage key, property accessors and turn cache), which
/// knows whether the turn changed the state without serialising all of it. Bot Framework's own state serialises the
/// whole state to JSON when it loads, when it saves to see whether anything changed, and again after writing (its
/// "hash"): three copies of every conversation's state a turn, most of the screening's turn allocations. Here the
/// loaded state is a <see cref="TrackedStateDictionary"/>, which records what is set or removed and keeps the text of
/// only the mutable values that are read (see there); a save writes when that shows a change, or when forced.
/// </summary>
public sealed class TrackedConversationState : ConversationState
{
    /// <summary>The key under which <see cref="BotState"/> keeps the turn's cached state (its constructor's
    /// <c>contextServiceKey</c>, which <see cref="ConversationState"/> sets to its type's name).</summary>
    private const string TurnCacheKey = nameof(ConversationState);

    private readonly IStorage storage;

    /// <summary>Initializes a new instance of the <see cref="TrackedConversationState"/> class.</summary>
    /// <param name="storage">The storage.</param>
    public TrackedConversationState(IStorage storage)
        : base(storage)
    {
        this.storage = storage;
    }

    /// <summary>Reads the conversation's state into the turn, unless it is there already (or <paramref name="force"/>).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="force">Reads again even when the turn holds the state.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is loaded.</returns>
    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCachedState(turnContext)?.State is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        items.TryGetValue(key, out var stored);
        turnContext.TurnState[TurnCacheKey] = Cached(TrackedStateDictionary.Loaded(stored));
    }

    /// <summary>Writes the turn's state when it changed (or when <paramref name="force"/>).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="force">Writes even when nothing changed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is written.</returns>
    public override async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (GetCachedState(turnContext)?.State is not { } state)
        {
            return;
        }

        // A state put in the turn by anyone else is not tracked: each save writes it, as a changed one.
        var tracked = state as TrackedStateDictionary;
        if (!force && tracked is { IsChanged: false })
        {
            return;
        }

        // The storage is handed a plain dictionary: one that records types (Bot Framework's MemoryStorage) must not store
        // this project's type. What the write stamps on it (the new ETag) is taken back.
        var written = new Dictionary<string, object>(state, StringComparer.Ordinal);
        await storage.WriteAsync(new Dictionary<string, object> { [GetStorageKey(turnContext)] = written }, cancellationToken).ConfigureAwait(false);
        if (tracked is not null)
        {
            tracked.Saved(written);
            return;
        }

        foreach (var (key, value) in written)
        {
            if (!state.TryGetValue(key, out var held) || !ReferenceEquals(held, value))
            {
                state[key] = value;
            }
        }
    }

    /// <summary>Empties the turn's state; the next save writes it empty, as Bot Framework's does.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A completed task.</returns>
    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[TurnCacheKey] = Cached(TrackedStateDictionary.Cleared());
        return Task.CompletedTask;
    }

    /// <summary>Bot Framework's turn cache holding <paramref name="values"/>, made without running its constructor: that
    /// serialises the state it is given (an empty one, when none is) to a change hash, which only Bot Framework's own
    /// <see cref="BotState.SaveChangesAsync"/> reads, overridden here; the property accessors read only
    /// its <c>State</c>.</summary>
    private static CachedBotState Cached(TrackedStateDictionary values)
    {
        var cached = (CachedBotState)RuntimeHelpers.GetUninitializedObject(typeof(CachedBotState));
        cached.State = values;
        return cached;
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Screening.Answers;
using TrialBot.Storage.Conversations;

namespace TrialBot.Bot.Conversation;

/// <summary>
/// Reads and writes the <see cref="ConversationRecord"/> in the conversation-state property <c>screening</c>, as plain
/// JSON (the shape of <see cref="ScreeningAnswersJson"/>: camelCase, enums in kebab case, no type names) held as one
/// string, written and read by System.Text.Json alone: the state's own serializer (Newtonsoft, Bot Framework's) sees a
/// string, never builds a tree of the record, and cannot change its shape. A record stored as a JSON object (before it
/// was kept as text) still reads. A record that is missing, damaged or of another schema version reads as a new
/// conversation.
/// The state is saved by the dialog runner at the end of each turn. Within a turn the record is read once: the record
/// last read or written is kept for the turn and handed out again (records are immutable; only this store sets the
/// property, and an erasure forgets the copy). Across turns, the record last
/// written for each conversation is kept beside its JSON text, and handed out again when the next turn loads exactly
/// that text (an ordinal comparison; another instance's write, an edit or an erasure loads other text and is parsed),
/// so that a conversation served by one instance parses its record only when it did not write it. At most
/// <see cref="RememberedConversations"/> conversations are kept; an erased conversation is forgotten at once.
/// </summary>
internal sealed class ConversationRecordStore
{
    /// <summary>The conversation-state property that holds the record.</summary>
    public const string PropertyName = "screening";

    /// <summary>How many conversations' last written records are kept across turns (the whole set is dropped when it
    /// grows past this; each conversation's next turn then parses its record once).</summary>
    public const int RememberedConversations = 4096;

    private readonly IStatePropertyAccessor<object> property;
    private readonly ConcurrentDictionary<ConversationKey, TurnCopy> lastWritten = new();

    /// <summary>The record of each turn, keyed by the turn's state collection, which every view of the turn shares (the
    /// activity handler's typed context delegates to it); looked up by reference, not by the turn state's own
    /// culture-aware string keys, and gone with the turn.</summary>
    private readonly ConditionalWeakTable<TurnContextStateCollection, TurnCopy> turnCopies = new();

    /// <summary>Initializes a new instance of the <see cref="ConversationRecordStore"/> class.</summary>
    /// <param name="conversationState">The conversation state.</param>
    public ConversationRecordStore(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        property = conversationState.CreateProperty<object>(PropertyName);
    }

    /// <summary>Reads the record of the turn's conversation.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record, or <see cref="ConversationRecord.New"/>.</returns>
    public async Task<ConversationRecord> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnCopies.TryGetValue(turnContext.TurnState, out var copy))
        {
            // Read or written already in this turn: only this store sets the property, so the copy is what it holds.
            return copy.Record;
        }

        var stored = await property.GetAsync(turnContext, () => null!, cancellationToken).ConfigureAwait(false);
        var key = ConversationKey.From(turnContext.Activity);
        var record = key is not null && lastWritten.TryGetValue(key, out var written) && SameText(written.Stored, stored)
            ? written.Record
            : Read(stored) ?? ConversationRecord.New;
        turnCopies.AddOrUpdate(turnContext.TurnState, new TurnCopy(stored, record));
        return record;
    }

    /// <summary>Writes the record of the turn's conversation (saved with the conversation state).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the record is set.</returns>
    public Task SetAsync(ITurnContext turnContext, ConversationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(record);
        var stored = Write(record);
        var copy = new TurnCopy(stored, record);
        turnCopies.AddOrUpdate(turnContext.TurnState, copy);
        if (ConversationKey.From(turnContext.Activity) is { } key)
        {
            if (lastWritten.Count >= RememberedConversations)
            {
                lastWritten.Clear();
            }

            lastWritten[key] = copy;
        }

        return property.SetAsync(turnContext, stored, cancellationToken);
    }

    /// <summary>Forgets the record kept for the turn's conversation, in the turn and across turns (its data is being
    /// erased): the next read loads what the state then holds.</summary>
    /// <param name="turnContext">The turn.</param>
    public void Forget(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnCopies.Remove(turnContext.TurnState);
        if (ConversationKey.From(turnContext.Activity) is { } key)
        {
            lastWritten.TryRemove(key, out _);
        }
    }

    /// <summary>Tells whether what the state holds is the very text a record was written as.</summary>
    private static bool SameText(object? written, object? stored) => (written, stored) switch
    {
        (string text, string loaded) => string.Equals(text, loaded, StringComparison.Ordinal),
        (string text, JValue { Type: JTokenType.String, Value: string loaded }) => string.Equals(text, loaded, StringComparison.Ordinal),
        _ => false,
    };


    /// <summary>The record last read or written in this turn, and the stored object it was read from or written as.</summary>
    private sealed record TurnCopy(object? Stored, ConversationRecord Record);

    /// <summary>The record's JSON options: those of the answers, with every letter written as itself (Chinese answers unescaped).</summary>
    private static readonly JsonSerializerOptions StoredOptions = new(ScreeningAnswersJson.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Returns the stored form of a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The record as JSON text.</returns>
    internal static string Write(ConversationRecord record) => JsonSerializer.Serialize(record, StoredOptions);

    /// <summary>Reads a stored record.</summary>
    /// <param name="stored">What the conversation state holds: the record's JSON text, or the JSON object an earlier version stored.</param>
    /// <returns>The record, or null when it is missing (or not JSON), damaged or of another schema version.</returns>
    internal static ConversationRecord? Read(object? stored) => stored switch
    {
        string json => Parse(json),
        JValue { Type: JTokenType.String } text => Parse((string)text!),
        JObject earlier => Parse(earlier.ToString(Newtonsoft.Json.Formatting.None)),
        _ => null,
    };

    private static ConversationRecord? Parse(string json)
    {
        try
        {
            var record = JsonSerializer.Deserialize<ConversationRecord>(json, StoredOptions);
            return record is { SchemaVersion: ConversationRecord.CurrentSchemaVersion, Answers.Values: not null, Answered: not null }
                && record.Answers.Values.Values.All(answer => answer is not null)
                && record.Answered.All(id => id is not null)
                ? record
                : null;
        }
        catch (JsonException)
        {
            // Damaged stored state is documented as "start again", not an error.
            return null;
        }
    }
}

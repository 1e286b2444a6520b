using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs;

/// <summary>
/// Runs the application's dialogs for each incoming message: loads the stored stack from conversation state, checks
/// that it can be resumed (schema version, dialogs version, dialog ids, positions) and otherwise starts again with a
/// short message, handles whole-utterance commands, passes the message to the active dialog or begins the root dialog,
/// and saves the stack. Activities other than messages are ignored. One instance serves all conversations.
/// </summary>
public sealed partial class DialogRunner
{
    private readonly DialogSet dialogs;
    private readonly string rootDialogId;
    private readonly BotState conversationState;
    private readonly IStatePropertyAccessor<object> stackProperty;
    private readonly DialogEngineOptions options;
    private readonly ILogger logger;

    /// <summary>
    /// The stack this runner wrote last for each conversation, with its text: the conversation's next turn, finding that
    /// text stored, takes the stack back instead of reading the text again. Taken, not shared: a turn that fails before
    /// it writes leaves nothing here, and the next turn reads what is stored; a stack written by another instance (its text
    /// differs) is read.
    /// </summary>
    private readonly ConcurrentDictionary<string, WrittenStack> lastWritten = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="DialogRunner"/> class.</summary>
    /// <param name="dialogs">The application's dialogs, including every prompt.</param>
    /// <param name="rootDialogId">The dialog that begins a conversation.</param>
    /// <param name="conversationState">The conversation state that stores the stack (and is saved at the end of each turn).</param>
    /// <param name="options">The engine's configuration; defaults when null.</param>
    /// <param name="logger">Receives why a stored stack was not resumed (never what the person said).</param>
    /// <exception cref="ArgumentException">The root dialog is not in <paramref name="dialogs"/>.</exception>
    public DialogRunner(DialogSet dialogs, string rootDialogId, ConversationState conversationState, DialogEngineOptions? options = null, ILogger<DialogRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDialogId);
        ArgumentNullException.ThrowIfNull(conversationState);
        if (dialogs.Find(rootDialogId) is null)
        {
            throw new ArgumentException($"The dialog set has no dialog '{rootDialogId}'.", nameof(rootDialogId));
        }

        this.dialogs = dialogs;
        this.rootDialogId = rootDialogId;
        this.conversationState = conversationState;
        this.options = options ?? new DialogEngineOptions();
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        stackProperty = conversationState.CreateProperty<object>(this.options.StatePropertyName);
        DialogsVersion = this.options.DialogsVersion ?? dialogs.ComputeVersion();
    }

    /// <summary>Gets the dialogs version stored with every stack (configured, or computed from the dialog set).</summary>
    public string DialogsVersion { get; }

    /// <summary>
    /// Whether a runner saved the conversation state in this turn, so that a caller that saves at the end of every turn
    /// can skip its own save (which would serialise the whole state once more only to find it unchanged). Nothing must
    /// change the state after the runner's save when this is relied on.
    /// </summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>True once <see cref="RunAsync"/> or <see cref="StartAsync"/> has saved the state in this turn.</returns>
    public static bool SavedIn(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(SavedKey);
    }

    private const string SavedKey = "TrialBot.Dialogs.StateSaved";

    /// <summary>Runs one turn.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands after the turn; <see cref="DialogTurnStatus.Empty"/> for activities other than messages.</returns>
    public async Task<DialogTurnResult> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity?.Type != ActivityTypes.Message)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var stored = await LoadStackAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var culture = CultureResolver.Resolve(turnContext.Activity.Locale, options.DefaultCulture);
        var dialogContext = new DialogContext(dialogs, turnContext, stored.Stack, options, rootDialogId, culture);
        if (stored.Problem is not (StoredStackProblem.None or StoredStackProblem.Missing))
        {
            LogStackNotResumed(logger, stored.Problem);
            await dialogContext.SendTextAsync(DialogTextKeys.ConversationReset, cancellationToken).ConfigureAwait(false);
        }

        var result = await RunTurnAsync(dialogContext, cancellationToken).ConfigureAwait(false);

        await SaveStackAsync(dialogContext, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Begins the root dialog when no dialog is active, whatever the activity's type (for example to greet a person and
    /// ask the first question when they join a conversation), and saves the stack; when a dialog is already active it
    /// does nothing. A stored stack that cannot be resumed is replaced, as in <see cref="RunAsync"/>.
    /// </summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands after the turn.</returns>
    public async Task<DialogTurnResult> StartAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var stored = await LoadStackAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var culture = CultureResolver.Resolve(turnContext.Activity?.Locale, options.DefaultCulture);
        var dialogContext = new DialogContext(dialogs, turnContext, stored.Stack, options, rootDialogId, culture);
        if (dialogContext.ActiveDialog is not null)
        {
            return DialogTurnResult.Waiting;
        }

        if (stored.Problem is not (StoredStackProblem.None or StoredStackProblem.Missing))
        {
            LogStackNotResumed(logger, stored.Problem);
        }

        var result = await dialogContext.BeginDialogAsync(rootDialogId, cancellationToken: cancellationToken).ConfigureAwait(false);
        await SaveStackAsync(dialogContext, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task SaveStackAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        var text = DialogStackJson.Write(DialogsVersion, dialogContext.Stack, ShapeOf);
        await stackProperty.SetAsync(dialogContext.Context, text, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(dialogContext.Context, false, cancellationToken).ConfigureAwait(false);
        dialogContext.Context.TurnState[SavedKey] = true;
        if (ConversationOf(dialogContext.Context) is { } conversation)
        {
            if (lastWritten.Count >= RememberedStacks)
            {
                lastWritten.Clear();
            }

            lastWritten[conversation] = new WrittenStack(text, [.. dialogContext.Stack]);
        }
    }

    /// <summary>How many conversations' last written stacks are kept at most (the whole set is dropped when full).</summary>
    public const int RememberedStacks = 4096;

    /// <summary>The stack written last for a conversation, with its text.</summary>
    private sealed record WrittenStack(string Text, IReadOnlyList<DialogInstance> Stack);

    private static string? ConversationOf(ITurnContext turnContext) =>
        turnContext.Activity is { ChannelId: { } channel, Conversation.Id: { } id } ? channel + "/" + id : null;

    private async Task<DialogTurnResult> RunTurnAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        var commandId = await options.Commands.MatchAsync(dialogContext, cancellationToken).ConfigureAwait(false);
        if (commandId is not null)
        {
            return await dialogContext.RunCommandAsync(commandId, cancellationToken).ConfigureAwait(false);
        }

        return dialogContext.ActiveDialog is null
            ? await dialogContext.BeginDialogAsync(rootDialogId, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await dialogContext.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StoredStack> LoadStackAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var value = await stackProperty.GetAsync(turnContext, () => null!, cancellationToken).ConfigureAwait(false);
        if (value is string text && ConversationOf(turnContext) is { } conversation
            && lastWritten.TryRemove(conversation, out var written))
        {
            if (string.Equals(written.Text, text, StringComparison.Ordinal))
            {
                // What this runner wrote in the conversation's last turn, still stored: its stack, not a new reading of it.
                return new StoredStack(StoredStackProblem.None, written.Stack);
            }
        }

        var stored = DialogStackJson.Read(ToToken(value), DialogsVersion, options.DialogsVersion is null ? ShapeOf : null, options.EarlierDialogsVersion);
        if (stored.Problem != StoredStackProblem.None)
        {
            return stored;
        }

        foreach (var instance in stored.Stack)
        {
            var dialog = dialogs.Find(instance.DialogId);
            if (dialog is null)
            {
                return StoredStack.Unusable(StoredStackProblem.UnknownDialog);
            }

            if (!dialog.CanResume(instance))
            {
                return StoredStack.Unusable(StoredStackProblem.InvalidPosition);
            }
        }

        return stored;
    }

    private string? ShapeOf(string dialogId) => dialogs.Find(dialogId)?.Shape;

    private static JToken? ToToken(object? value)
    {
        try
        {
            return value switch
            {
                null => null,
                string text => DialogStackJson.Parse(text) ?? new JValue("unreadable"),
                JValue { Value: string text } => DialogStackJson.Parse(text) ?? new JValue("unreadable"),
                JToken token => token,
                _ => JToken.FromObject(value, PlainJson.Serializer),
            };
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or ArgumentException)
        {
            // Whatever the storage handed back is not JSON-shaped data: the stack is damaged.
            return new JValue("unreadable");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored dialog stack not resumed ({Problem}); the conversation starts again.")]
    private static partial void LogStackNotResumed(ILogger logger, StoredStackProblem problem);
}

using TrialBot.Recognition.Text;

namespace TrialBot.Dialogs.Commands;

/// <summary>
/// The commands a person can give instead of an answer: each command has an id, a handler and phrases in any language.
/// A command runs only when the whole normalised utterance (see <see cref="AnswerText.Whole"/>) is one of its phrases,
/// so "help" interrupts but "help me understand" or "I stopped taking it" are answers. A command may also be given by a
/// <see cref="CommandMatcher"/> that looks at the whole turn; matchers are asked, in the order they were added, only
/// when no phrase matched. Configure at start-up; afterwards the set is only read, from any thread.
/// </summary>
public sealed class CommandSet
{
    private readonly Dictionary<string, CommandHandler> handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> commandByPhrase = new(StringComparer.Ordinal);
    private readonly List<(string CommandId, CommandMatcher Matcher)> matchers = [];

    /// <summary>
    /// Creates a set with the built-in commands and their English phrases: <see cref="BuiltInCommands.Help"/> ("help"),
    /// <see cref="BuiltInCommands.Restart"/> ("restart", "start over", "start again") and <see cref="BuiltInCommands.Cancel"/>
    /// ("cancel", "stop", "quit").
    /// </summary>
    /// <returns>The new set.</returns>
    public static CommandSet CreateDefault() => new CommandSet()
        .Add(BuiltInCommands.Help, BuiltInCommands.HelpAsync, "help")
        .Add(BuiltInCommands.Restart, BuiltInCommands.RestartAsync, "restart", "start over", "start again")
        .Add(BuiltInCommands.Cancel, BuiltInCommands.CancelAsync, "cancel", "stop", "quit");

    /// <summary>Adds a command, or replaces the handler of an existing one, and adds phrases for it.</summary>
    /// <param name="commandId">The command's id.</param>
    /// <param name="handler">What the command does.</param>
    /// <param name="phrases">Whole utterances that give the command.</param>
    /// <returns>This set, to chain calls.</returns>
    public CommandSet Add(string commandId, CommandHandler handler, params string[] phrases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandId);
        ArgumentNullException.ThrowIfNull(handler);
        handlers[commandId] = handler;
        return AddPhrases(commandId, phrases);
    }

    /// <summary>Adds phrases (for example in another language) for an existing command.</summary>
    /// <param name="commandId">The command's id.</param>
    /// <param name="phrases">Whole utterances that give the command.</param>
    /// <returns>This set, to chain calls.</returns>
    /// <exception cref="ArgumentException">The command does not exist, a phrase is empty, or a phrase already gives another command.</exception>
    public CommandSet AddPhrases(string commandId, params string[] phrases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandId);
        ArgumentNullException.ThrowIfNull(phrases);
        if (!handlers.ContainsKey(commandId))
        {
            throw new ArgumentException($"There is no command '{commandId}'; add it with a handler first.", nameof(commandId));
        }

        foreach (var phrase in phrases)
        {
            var normalized = AnswerText.Whole(phrase);
            if (normalized.Length == 0)
            {
                throw new ArgumentException("A command phrase cannot be empty.", nameof(phrases));
            }

            if (commandByPhrase.TryGetValue(normalized, out var existing) && existing != commandId)
            {
                throw new ArgumentException($"The phrase '{phrase}' already gives the command '{existing}'.", nameof(phrases));
            }

            commandByPhrase[normalized] = commandId;
        }

        return this;
    }

    /// <summary>Adds a command, or replaces the handler of an existing one, given whenever <paramref name="matcher"/> says so.</summary>
    /// <param name="commandId">The command's id.</param>
    /// <param name="handler">What the command does.</param>
    /// <param name="matcher">Decides, for a message that is no command phrase, whether it gives the command.</param>
    /// <returns>This set, to chain calls.</returns>
    public CommandSet AddMatcher(string commandId, CommandHandler handler, CommandMatcher matcher)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandId);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(matcher);
        handlers[commandId] = handler;
        matchers.Add((commandId, matcher));
        return this;
    }

    /// <summary>
    /// Finds the command the turn's message gives: the command whose phrase is the whole normalised utterance, else the
    /// first command whose <see cref="CommandMatcher"/> accepts the turn.
    /// </summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The command id, or null when the message is not a command.</returns>
    public async Task<string?> MatchAsync(DialogContext dialogContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var byPhrase = Match(dialogContext.Context.Activity.Text);
        if (byPhrase is not null)
        {
            return byPhrase;
        }

        foreach (var (commandId, matcher) in matchers)
        {
            if (await matcher(dialogContext, cancellationToken).ConfigureAwait(false))
            {
                return commandId;
            }
        }

        return null;
    }

    /// <summary>Finds the command a whole utterance gives by its phrases (matchers are not asked).</summary>
    /// <param name="utterance">What the person typed.</param>
    /// <returns>The command id, or null when the utterance is not a command.</returns>
    public string? Match(string? utterance) => commandByPhrase.GetValueOrDefault(AnswerText.Whole(utterance));

    /// <summary>Finds a command's handler.</summary>
    /// <param name="commandId">The command's id.</param>
    /// <returns>The handler, or null when the set has no such command.</returns>
    public CommandHandler? FindHandler(string commandId)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        return handlers.GetValueOrDefault(commandId);
    }
}

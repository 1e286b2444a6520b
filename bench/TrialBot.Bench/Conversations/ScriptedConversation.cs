using TrialBot.Bench.Measurement;

namespace TrialBot.Bench.Conversations;

/// <summary>
/// Runs one whole conversation through a channel. With the screening bot it follows the questions as the bot asks
/// them, answering each from <see cref="ScriptedAnswers"/> by question id, until a turn asks nothing more. With the
/// echo bot it sends the greeting and every scripted answer, the same number of turns as a screening.
/// </summary>
internal static class ScriptedConversation
{
    /// <summary>A screening that has not ended after this many turns is a failure.</summary>
    public const int MaxTurns = 80;

    /// <summary>The step name of a screening's first turn (the others are named by the question they answer).</summary>
    public const string GreetingStep = "(greeting)";

    /// <summary>
    /// Runs the conversation, recording each turn in <paramref name="log"/>; false when it failed (the reason logged) or
    /// was left, unfinished and without an error, because <paramref name="stop"/> said so between two turns.
    /// </summary>
    public static Task<bool> RunAsync(BotKind bot, IBotChannel channel, ConversationIdentity identity, TurnLog log, Func<bool>? stop = null, CancellationToken cancellationToken = default) =>
        bot == BotKind.Echo
            ? RunEchoAsync(channel, identity, log, stop ?? Never, cancellationToken)
            : RunScreeningAsync(channel, identity, log, stop ?? Never, cancellationToken);

    private static bool Never() => false;

    private static async Task<bool> RunScreeningAsync(IBotChannel channel, ConversationIdentity identity, TurnLog log, Func<bool> stop, CancellationToken cancellationToken)
    {
        var text = ScriptedAnswers.Greeting(identity.Language);
        string? previousQuestion = null;
        for (var turn = 1; turn <= MaxTurns; turn++)
        {
            if (turn > 1 && stop())
            {
                return false;
            }

            if (await SendAsync(channel, identity, text, turn, previousQuestion ?? GreetingStep, log, cancellationToken).ConfigureAwait(false) is not { } replies)
            {
                return false;
            }

            if (replies.QuestionId is not { } question)
            {
                return Finish(log, turn > 1, "the greeting was answered without a question");
            }

            if (question == previousQuestion)
            {
                return Finish(log, false, $"question '{question}' asked again: the scripted answer was not understood");
            }

            if (ScriptedAnswers.For(question, identity.Language) is not { } answer)
            {
                return Finish(log, false, $"question '{question}' has no scripted answer");
            }

            previousQuestion = question;
            text = answer;
        }

        return Finish(log, false, $"no end after {MaxTurns} turns");
    }

    private static async Task<bool> RunEchoAsync(IBotChannel channel, ConversationIdentity identity, TurnLog log, Func<bool> stop, CancellationToken cancellationToken)
    {
        var texts = ScriptedAnswers.All(identity.Language).Prepend(ScriptedAnswers.Greeting(identity.Language)).ToList();
        for (var turn = 1; turn <= texts.Count; turn++)
        {
            if (turn > 1 && stop())
            {
                return false;
            }

            if (await SendAsync(channel, identity, texts[turn - 1], turn, step: null, log, cancellationToken).ConfigureAwait(false) is null)
            {
                return false;
            }
        }

        return Finish(log, true, string.Empty);
    }

    private static async Task<TurnReplies?> SendAsync(IBotChannel channel, ConversationIdentity identity, string text, int turn, string? step, TurnLog log, CancellationToken cancellationToken)
    {
        var outcome = await channel.SendAsync(ActivityJson.Message(identity, text, turn), cancellationToken).ConfigureAwait(false);
        if (outcome.Replies is not { } replies)
        {
            log.RecordError(outcome.Failure ?? "the turn failed");
            return null;
        }

        log.RecordTurn(outcome.Latency, outcome.AllocatedBytes, step);
        if (replies.Count == 0 || replies.TurnFailed)
        {
            log.RecordError(replies.TurnFailed ? "the turn failed in the bot (the host apologised)" : "a turn got no reply");
            return null;
        }

        return replies;
    }

    private static bool Finish(TurnLog log, bool completed, string failure)
    {
        if (completed)
        {
            log.RecordConversation();
        }
        else
        {
            log.RecordError(failure);
        }

        return completed;
    }
}

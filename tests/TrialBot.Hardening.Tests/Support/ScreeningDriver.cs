namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// Runs a script over HTTP: joins, then answers whatever question the last reply asks, until the conversation asks
/// nothing more. Refuses a reply that is neither a question nor the end, and a question asked twice in a row.
/// </summary>
internal static class ScreeningDriver
{
    private const int MaxTurns = 40;

    /// <summary>What a driven conversation went through.</summary>
    /// <param name="QuestionsAnswered">Every question id answered, in order.</param>
    /// <param name="Outcome">The outcome id of the outcome entity received.</param>
    /// <param name="LastReply">The last turn's reply.</param>
    public sealed record Transcript(IReadOnlyList<string> QuestionsAnswered, string? Outcome, TurnReply LastReply);

    /// <summary>
    /// Runs <paramref name="script"/> in <paramref name="conversationId"/>. With <paramref name="beforeAnswering"/>, it is
    /// called with each question id before the question is answered, and the run stops when it returns false.
    /// </summary>
    public static async Task<Transcript> RunAsync(
        ChannelClient channel,
        string conversationId,
        ScreeningScript script,
        Func<string, Task<bool>>? beforeAnswering = null,
        CancellationToken cancellationToken = default)
    {
        var reply = await channel.JoinAsync(conversationId, script.Locale, cancellationToken);
        var answered = new List<string>();
        string? outcome = null;
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            Ensure(reply.Status == System.Net.HttpStatusCode.OK, script, answered, reply, "the turn was not answered with 200");
            outcome ??= reply.Outcome;
            var questionId = reply.QuestionId;
            if (questionId is null)
            {
                Ensure(outcome is not null, script, answered, reply, "the bot asked nothing and gave no outcome");
                return new Transcript(answered, outcome, reply);
            }

            Ensure(answered.Count == 0 || answered[^1] != questionId, script, answered, reply, $"the question '{questionId}' was asked again");
            if (beforeAnswering is not null && !await beforeAnswering(questionId))
            {
                return new Transcript(answered, outcome, reply);
            }

            answered.Add(questionId);
            reply = await channel.SayAsync(conversationId, script.AnswerTo(questionId), script.Locale, cancellationToken);
        }

        throw new InvalidOperationException($"The script {script.Name} did not end within {MaxTurns} turns.");
    }

    private static void Ensure(bool condition, ScreeningScript script, IReadOnlyList<string> answered, TurnReply reply, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException(
                $"Script {script.Name}, after answering [{string.Join(", ", answered)}]: {problem}. Status {(int)reply.Status}; the bot said:\n{reply.Text} | body: {reply.Body[..Math.Min(reply.Body.Length, 500)]}");
        }
    }
}

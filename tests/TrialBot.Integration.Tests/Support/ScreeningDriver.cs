namespace TrialBot.Integration.Tests.Support;

/// <summary>Answers the question each reply batch ends with, from <see cref="EligiblePerson"/>, on the host a test picks per turn.</summary>
internal static class ScreeningDriver
{
    private const int MaxTurns = 40;

    /// <summary>Answers the question <paramref name="last"/> ends with, on <paramref name="host"/>.</summary>
    public static Task<ReplyBatch> AnswerAsync(ChannelConversation conversation, HostProcess host, ReplyBatch last)
    {
        var questionId = last.LastQuestionId ?? throw new InvalidOperationException($"The last replies ask no question: {last}");
        return conversation.SayAsync(host, EligiblePerson.AnswerTo(questionId));
    }

    /// <summary>
    /// Answers question after question, turn <c>n</c> (from 0) on <c>hostForTurn(n)</c>, until a batch asks
    /// <paramref name="stopAt"/> or asks nothing; every batch but the last must end with a question.
    /// </summary>
    /// <returns>Every batch, <paramref name="start"/> first.</returns>
    public static async Task<IReadOnlyList<ReplyBatch>> RunAsync(ChannelConversation conversation, ReplyBatch start, Func<int, HostProcess> hostForTurn, string? stopAt = null)
    {
        var batches = new List<ReplyBatch> { start };
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var last = batches[^1];
            if (last.LastQuestionId is null || last.LastQuestionId == stopAt)
            {
                return batches;
            }

            batches.Add(await AnswerAsync(conversation, hostForTurn(turn), last));
        }

        throw new InvalidOperationException($"The conversation did not end within {MaxTurns} turns:\n{string.Join(Environment.NewLine, batches)}");
    }
}

using Microsoft.Bot.Schema;

namespace TrialBot.Bot.Tests.Support;

/// <summary>Drives a screening from an answer book until the outcome (or a question the book stops at).</summary>
internal static class ScreeningRun
{
    private const int MaxTurns = 40;

    /// <summary>The record of a driven screening: every turn's replies, and the question ids asked in order.</summary>
    public sealed record Transcript(IReadOnlyList<IReadOnlyList<Activity>> Turns, IReadOnlyList<string> QuestionsAsked)
    {
        public IReadOnlyList<Activity> LastReplies => Turns[^1];

        public IEnumerable<Activity> AllReplies => Turns.SelectMany(turn => turn);

        /// <summary>The screening questions asked, without the confirmations of what was understood and the review.</summary>
        public IReadOnlyList<string> ScreeningQuestionsAsked =>
            [.. QuestionsAsked.Where(id => id != "review" && !id.EndsWith(".confirm", StringComparison.Ordinal))];
    }

    /// <summary>Joins (or starts with <paramref name="firstReplies"/>) and answers every question from the book until the outcome entity arrives.</summary>
    public static async Task<Transcript> RunAsync(ChatDriver driver, AnswerBook book, IReadOnlyList<Activity>? firstReplies = null, string? stopAt = null)
    {
        var turns = new List<IReadOnlyList<Activity>> { firstReplies ?? await driver.JoinAsync() };
        var asked = new List<string>();
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var replies = turns[^1];
            if (Replies.Outcome(replies) is not null)
            {
                return new Transcript(turns, asked);
            }

            var questionId = Replies.LastQuestionId(replies)
                ?? throw new InvalidOperationException($"No question was asked and no outcome given. The bot said:\n{Replies.Text(replies)}");
            if (asked.Count > 0 && asked[^1] == questionId)
            {
                throw new InvalidOperationException($"The question '{questionId}' was asked again. The bot said:\n{Replies.Text(replies)}");
            }

            asked.Add(questionId);
            if (questionId == stopAt)
            {
                return new Transcript(turns, asked);
            }

            turns.Add(await driver.SayAsync(book.AnswerTo(questionId)));
        }

        throw new InvalidOperationException("The screening did not end.");
    }
}

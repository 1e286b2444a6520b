using TrialBot.Screening.Answers;

namespace TrialBot.Bot.Conversation;

/// <summary>
/// What the bot keeps about one conversation besides the dialog stack, as plain data with a schema version (stored as
/// camelCase JSON without type names, see <see cref="ConversationRecordStore"/>). It holds health answers: never log it.
/// </summary>
internal sealed record ConversationRecord
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets a record for a new conversation.</summary>
    public static ConversationRecord New { get; } = new();

    /// <summary>Gets the version of the stored shape.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the conversation's language once known (<c>en</c> or <c>zh</c>), or null.</summary>
    public string? Language { get; init; }

    /// <summary>Gets a value indicating whether the greeting was sent.</summary>
    public bool Greeted { get; init; }

    /// <summary>Gets the screening answers so far.</summary>
    public ScreeningAnswers Answers { get; init; } = ScreeningAnswers.Empty;

    /// <summary>Gets the answered question ids, least recently answered first ("back" clears the last).</summary>
    public IReadOnlyList<string> Answered { get; init; } = [];

    /// <summary>Gets the person's own words for each kept answer (the message the answer was read from, or the choice
    /// picked), by question id, for the study team.</summary>
    public IReadOnlyDictionary<string, string> Said { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether a referral was stored from this screening (its answers can then no longer change).</summary>
    public bool ReferralStored { get; init; }

    /// <summary>Gets a value indicating whether the outcome of the current answers was given (so "details" can list it).</summary>
    public bool OutcomeGiven { get; init; }

    /// <summary>Returns this record with <paramref name="questionId"/> answered <paramref name="answer"/>, now the last answered.</summary>
    /// <param name="questionId">The question.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="said">The person's words it was read from, if known.</param>
    /// <returns>The new record.</returns>
    public ConversationRecord WithAnswer(string questionId, Answer answer, string? said = null) => this with
    {
        Answers = Answers.Set(questionId, answer),
        Answered = [.. Answered.Where(id => id != questionId), questionId],
        OutcomeGiven = false,
        Said = WithSaid(questionId, said),
    };

    /// <summary>Returns this record with the answer to <paramref name="questionId"/> replaced by one that adds to it
    /// (said at another question), in its place among the answers, with what was said then after what was said before.</summary>
    /// <param name="questionId">The question.</param>
    /// <param name="answer">The answer with the addition.</param>
    /// <param name="said">The words that added to it.</param>
    /// <returns>The new record.</returns>
    public ConversationRecord WithAddedTo(string questionId, Answer answer, string said) => this with
    {
        Answers = Answers.Set(questionId, answer),
        OutcomeGiven = false,
        Said = WithSaid(questionId, Said.TryGetValue(questionId, out var before) ? $"{before} / {said}" : said),
    };

    /// <summary>Returns this record without an answer to <paramref name="questionId"/>.</summary>
    /// <param name="questionId">The question.</param>
    /// <returns>The new record.</returns>
    public ConversationRecord WithoutAnswer(string questionId) => this with
    {
        Answers = Answers.Clear(questionId),
        Answered = [.. Answered.Where(id => id != questionId)],
        OutcomeGiven = false,
        Said = WithSaid(questionId, null),
    };

    /// <summary>Returns this record with no answers, for a new screening.</summary>
    /// <returns>The new record.</returns>
    public ConversationRecord WithNewScreening() => this with
    {
        Answers = ScreeningAnswers.Empty,
        Answered = [],
        Said = new Dictionary<string, string>(StringComparer.Ordinal),
        ReferralStored = false,
        OutcomeGiven = false,
    };

    private Dictionary<string, string> WithSaid(string questionId, string? said)
    {
        var next = new Dictionary<string, string>(Said ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        next.Remove(questionId);
        if (!string.IsNullOrWhiteSpace(said))
        {
            next[questionId] = said.Trim();
        }

        return next;
    }
}

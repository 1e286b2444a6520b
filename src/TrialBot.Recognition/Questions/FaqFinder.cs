using TrialBot.Recognition.Text;
using TrialBot.Screening.Definition;

namespace TrialBot.Recognition.Questions;

/// <summary>
/// Finds the question about the study that a message asks ("Is it free?", "what is CAR-T", 参加需要费用吗): the trial's
/// FAQ entry one of whose trigger phrases the message contains, matched as the recognition layer matches every phrase
/// (whole words in English, anywhere in Chinese; folded as <see cref="AnswerText.Fold"/> folds).
/// </summary>
public sealed class FaqFinder
{
    private readonly PhraseMatcher<FaqEntry> matcher;

    /// <summary>Initializes a new instance of the <see cref="FaqFinder"/> class.</summary>
    /// <param name="entries">The trial's FAQ entries, with their trigger phrases.</param>
    public FaqFinder(IEnumerable<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        matcher = new PhraseMatcher<FaqEntry>(entries.SelectMany(entry => entry.Triggers.Select(trigger => (trigger, entry))));
    }

    /// <summary>Finds the entry the message asks about.</summary>
    /// <param name="text">The message.</param>
    /// <returns>The first entry a trigger of which the message contains, or null.</returns>
    public FaqEntry? Find(string? text) =>
        InputGuard.Normalize(text).TryGetValue(out var normalized) && matcher.FindAll(AnswerText.Fold(normalized)) is [var first, ..]
            ? first.Tag
            : null;
}

using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>The answers as the rules see them: only answers to questions that apply count.</summary>
internal sealed class ScoringContext(TrialDefinition definition, ScreeningAnswers answers)
{
    private readonly AnswerDisplay display = new(definition);

    /// <summary>An answer in plain words, in both languages (quoted in a reason).</summary>
    public Texts.LocalizedText Display(Answers.Answer answer) => display.Format(answer);

    /// <summary>Medicines as named, each with what was said of its course, in both languages (quoted in a reason).</summary>
    public Texts.LocalizedText Display(IEnumerable<MedicineTaken> medicines) =>
        Texts.LocalizedText.JoinList(medicines.Select(display.FormatMedicine));

    /// <summary>True when <paramref name="questionId"/> applies given the answers so far.</summary>
    public bool Applies(string questionId) => definition.Applies(questionId, answers);

    /// <summary>The answer to <paramref name="questionId"/> when it applies and was answered with a value; null otherwise.</summary>
    public Answers.Answer? Answer(string questionId) =>
        Applies(questionId) && answers.Get(questionId) is { } answer and not UnknownAnswer ? answer : null;
}

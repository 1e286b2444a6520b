using TrialBot.Screening.Answers;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>One screening question: what it asks, in which words, which criteria it feeds, and when it is asked.</summary>
/// <param name="Id">The question id from the trial file (the <c>trialbot/question</c> entity's id).</param>
/// <param name="Kind">The kind of answer it takes.</param>
/// <param name="Label">A short name for summaries ("Age").</param>
/// <param name="Text">The question in plain words.</param>
/// <param name="Help">A short explanation of the question.</param>
/// <param name="Reask">What to say when the answer was not understood.</param>
/// <param name="Criteria">The criteria the answer feeds (none for the location).</param>
/// <param name="PersonCanTell">True when a person normally knows the answer; "don't know" then sends the outcome to
/// review. False for test results the study team measures at screening anyway.</param>
/// <param name="ConfirmedAtScreening">For a question the person may not know the answer to: what the study team will
/// check at screening instead.</param>
/// <param name="AllowsDontKnow">False when "don't know" is not an answer (consent).</param>
/// <param name="AskIf">Conditions on earlier answers; the question is asked only when none rules it out.</param>
/// <param name="Range">For numeric answers: the plausible values; others are re-asked.</param>
public sealed record QuestionDefinition(
    string Id,
    AnswerKind Kind,
    LocalizedText Label,
    LocalizedText Text,
    LocalizedText Help,
    LocalizedText Reask,
    IReadOnlyList<string> Criteria,
    bool PersonCanTell,
    LocalizedText? ConfirmedAtScreening,
    bool AllowsDontKnow,
    IReadOnlyList<AskCondition> AskIf,
    ValueRange? Range)
{
    /// <summary>The question in as few words as still ask it fully, for text messages (SMS); null when <see cref="Text"/> is short already.</summary>
    public LocalizedText? ShortText { get; init; }

    /// <summary>
    /// For an elapsed-time question (the field <c>measuresSinceDiagnosis</c>): true when its answer is the time since the
    /// diagnosis, so that another time question answered "since I was diagnosed" is measured by it, to be confirmed.
    /// </summary>
    public bool MeasuresSinceDiagnosis { get; init; }

    /// <summary>
    /// For an elapsed-time question (the field <c>measuresCourse</c>): true when its answer is the time since the current
    /// course of treatment started, so that another time question answered "since I started it again" (开始就没变) is
    /// measured by it, to be confirmed.
    /// </summary>
    public bool MeasuresCourse { get; init; }

    /// <summary>For a yes/no question: what it asks about, so that a statement can answer it; null when not given.</summary>
    public QuestionSubject? Subject { get; init; }

    /// <summary>How the question says back what it understood, to confirm; null to say its label and the answer.</summary>
    public QuestionUnderstood? Understood { get; init; }

    /// <summary>For a lab question: the condition its criterion's limit defines, which an answer may name instead of a value; null when not given.</summary>
    public LabCondition? Condition { get; init; }

    /// <summary>
    /// True when <paramref name="answer"/> is a complete answer to this question: the right kind, "don't know" only where
    /// allowed, and a number inside <see cref="Range"/>. A dialog re-asks (with <see cref="Reask"/>) otherwise.
    /// </summary>
    public bool Accepts(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Kind != Kind)
        {
            return false;
        }

        if (answer is UnknownAnswer)
        {
            return AllowsDontKnow;
        }

        return Range is null || RangedAmount(answer) is not { } amount || Range.Contains(amount);
    }

    /// <summary>The number a <see cref="Range"/> is written in for <paramref name="answer"/>, or null when it has none.</summary>
    private static double? RangedAmount(Answer answer) => answer switch
    {
        AgeAnswer age => age.Years,
        ElapsedAnswer elapsed => elapsed.Elapsed.Days,
        DoseAnswer dose => dose.PrednisoneEquivalent.MgPerDay,
        NumberAnswer number => number.Value,
        CreatinineAnswer creatinine => creatinine.Creatinine.MgPerDl,
        ProteinuriaAnswer proteinuria => proteinuria.Protein.GramsPer24Hours,
        IgaAnswer iga => iga.IgA.MgPerDl,
        _ => null,
    };
}

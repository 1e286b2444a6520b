using System.Globalization;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Collects the parts of one criterion's verdict as its rule checks them: failing parts, unknown parts (and which
/// questions they came from), and a contested dose conversion.
/// </summary>
internal sealed class Verdict(TrialCriterion criterion, ScoringContext context)
{
    private readonly List<LocalizedText> failReasons = [];
    private readonly List<LocalizedText> unknownReasons = [];
    private readonly List<string> unknownQuestions = [];

    /// <summary>The answers the rule reads.</summary>
    public ScoringContext Context { get; } = context;

    /// <summary>True when a contested dose conversion decided a part.</summary>
    public bool Contested { get; private set; }

    /// <summary>True when an answer was given but could not decide a part (<see cref="Open(string, string, string, double)"/>):
    /// the person said something that may not meet the criterion, so the outcome is for the study team to review, never
    /// "likely eligible".</summary>
    public bool Opened { get; private set; }

    /// <summary>The status from the parts so far.</summary>
    public CriterionStatus Status =>
        failReasons.Count > 0 ? CriterionStatus.Fail : unknownReasons.Count > 0 ? CriterionStatus.Unknown : CriterionStatus.Pass;

    /// <summary>The applicable questions whose answers were missing or "don't know", or could not decide a part (<see cref="Open(string, string, string, double)"/>).</summary>
    public IReadOnlyList<string> UnknownQuestions => unknownQuestions;

    /// <summary>The reason: the failing parts, else the unknown parts, else the pass reason.</summary>
    public LocalizedText Reason => LocalizedText.JoinSentences(
        (failReasons.Count > 0 ? failReasons : unknownReasons.Count > 0 ? unknownReasons : [criterion.Reason("pass")]).Distinct());

    /// <summary>A part fails.</summary>
    public void Fail(string reasonKey) => failReasons.Add(criterion.Reason(reasonKey));

    /// <summary>A part is unknown because of the answer to <paramref name="questionId"/>.</summary>
    public void Unknown(string reasonKey, string questionId) => Unknown(criterion.Reason(reasonKey), questionId);

    /// <summary>
    /// A part stays open although <paramref name="questionId"/> was answered: the answer (<paramref name="value"/>,
    /// quoted in the reason as <c>{<paramref name="placeholder"/>}</c>) cannot decide it, and the study team confirms it
    /// at screening.
    /// </summary>
    public void Open(string reasonKey, string questionId, string placeholder, double value)
    {
        Opened = true;
        Unknown(criterion.Reason(reasonKey).With(placeholder, value.ToString("0.##", CultureInfo.InvariantCulture)), questionId);
    }

    /// <summary>A part stays open although <paramref name="questionId"/> was answered: the answer cannot decide it, the study team does.</summary>
    public void Open(string reasonKey, string questionId)
    {
        Opened = true;
        Unknown(criterion.Reason(reasonKey), questionId);
    }

    /// <summary>
    /// A part stays open although <paramref name="questionId"/> was answered: the answer (<paramref name="value"/>, in
    /// words, quoted in the reason as <c>{<paramref name="placeholder"/>}</c>) cannot decide it, and the study team
    /// confirms it at screening.
    /// </summary>
    public void Open(string reasonKey, string questionId, string placeholder, LocalizedText value)
    {
        Opened = true;
        Unknown(criterion.Reason(reasonKey).With(placeholder, value), questionId);
    }

    private void Unknown(LocalizedText reason, string questionId)
    {
        unknownReasons.Add(reason);
        if (!unknownQuestions.Contains(questionId))
        {
            unknownQuestions.Add(questionId);
        }
    }

    /// <summary>A part is unknown because a contested dose conversion decides it.</summary>
    public void ContestedConversion(string reasonKey)
    {
        unknownReasons.Add(criterion.Reason(reasonKey));
        Contested = true;
    }

    /// <summary>
    /// Checks one question, when it applies: a missing, "don't know" or unreadable answer is unknown
    /// (<paramref name="unknownKey"/>); a value for which <paramref name="fails"/> holds fails (<paramref name="failKey"/>).
    /// </summary>
    public void Check<T>(string questionId, Func<Answer, T?> read, Func<T, bool> fails, string failKey, string unknownKey)
        where T : struct
    {
        if (!Context.Applies(questionId))
        {
            return;
        }

        if (Context.Answer(questionId) is not { } answer || read(answer) is not { } value)
        {
            Unknown(unknownKey, questionId);
        }
        else if (fails(value))
        {
            Fail(failKey);
        }
    }
}

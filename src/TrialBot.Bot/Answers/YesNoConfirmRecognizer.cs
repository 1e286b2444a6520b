using System.Globalization;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using TrialBot.Recognition.Statements;

namespace TrialBot.Bot.Answers;

/// <summary>
/// The engine's yes/no seam over the recognition library's <see cref="YesNoRecognizer"/> (English and Chinese in any
/// conversation). For a screening question the answer is also read as a statement about what the question asks (its
/// subject in the trial definition). A hedged reading ("I think so", 应该没有) is not recorded as it is: the question is
/// asked again with a text that says what was understood, so the person confirms it.
/// </summary>
internal sealed class YesNoConfirmRecognizer : IQuestionConfirmRecognizer
{
    /// <summary>The problem code of a hedged yes: the text asks the person to confirm it.</summary>
    public const string TentativeYes = "yes-no.tentative-yes";

    /// <summary>The problem code of a hedged no: the text asks the person to confirm it.</summary>
    public const string TentativeNo = "yes-no.tentative-no";

    private readonly Func<string?, YesNoSubject?> subjectOf;

    /// <summary>Initializes a new instance of the <see cref="YesNoConfirmRecognizer"/> class.</summary>
    /// <param name="subjectOf">The subject of a question id, or null (none for questions outside the screening).</param>
    public YesNoConfirmRecognizer(Func<string?, YesNoSubject?>? subjectOf = null)
    {
        this.subjectOf = subjectOf ?? (_ => null);
    }

    /// <inheritdoc/>
    public ConfirmRecognition Recognize(string utterance, CultureInfo culture) => Read(utterance, culture, null).Recognition;

    /// <inheritdoc/>
    public ConfirmReading Read(string utterance, CultureInfo culture, string? questionId)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var reading = YesNoRecognizer.Recognize(utterance, culture.Name, subjectOf(questionId));
        if (reading.TryGetValue(out var yes))
        {
            return reading.IsTentative
                ? new ConfirmReading(ConfirmRecognition.NotRecognized, yes ? TentativeYes : TentativeNo)
                : new ConfirmReading(yes ? ConfirmRecognition.Yes : ConfirmRecognition.No);
        }

        return reading.IsUnsure
            ? new ConfirmReading(ConfirmRecognition.Unsure)
            : new ConfirmReading(ConfirmRecognition.NotRecognized, reading.Problem is RecognitionProblem.NotYesOrNo or null ? null : "yes-no." + reading.Problem);
    }
}

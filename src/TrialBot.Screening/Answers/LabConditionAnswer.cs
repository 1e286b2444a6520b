namespace TrialBot.Screening.Answers;

/// <summary>
/// A lab question answered by naming the condition its criterion's limit defines, with no value ("they said I have IgA
/// deficiency" to the IgA question): the value is beyond the limit. Only a question whose trial file declares the
/// condition (<see cref="Definition.QuestionDefinition.Condition"/>) is answered so.
/// </summary>
/// <param name="LabKind">The lab question's kind (<see cref="AnswerKind.Iga"/>, …).</param>
public sealed record LabConditionAnswer(AnswerKind LabKind) : LabAnswer
{
    /// <inheritdoc />
    public override AnswerKind Kind => LabKind;
}

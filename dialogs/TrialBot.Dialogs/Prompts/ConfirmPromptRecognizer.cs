using TrialBot.Dialogs.Choices;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Prompts;

/// <summary>Adapts an <see cref="IConfirmRecognizer"/> to a prompt: yes/no become values, unsure becomes "don't know", and a picked choice (by number or title) counts too.</summary>
internal sealed class ConfirmPromptRecognizer : IPromptRecognizer<bool>
{
    private readonly IConfirmRecognizer confirmRecognizer;

    public ConfirmPromptRecognizer(IConfirmRecognizer confirmRecognizer)
    {
        this.confirmRecognizer = confirmRecognizer;
    }

    /// <inheritdoc/>
    public Task<Recognition<bool>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reading = confirmRecognizer is IQuestionConfirmRecognizer questionRecognizer
            ? questionRecognizer.Read(context.Text, context.Culture, context.QuestionId)
            : new ConfirmReading(confirmRecognizer.Recognize(context.Text, context.Culture));
        var recognition = reading.Recognition;
        if (recognition == ConfirmRecognition.NotRecognized)
        {
            var index = ChoiceMatcher.FindIndex(context.Text, context.Choices, context.Culture, allowNumbers: true);
            recognition = index < 0 ? ConfirmRecognition.NotRecognized : FromChoiceValue(context.Choices[index].Value);
        }

        return Task.FromResult(recognition switch
        {
            ConfirmRecognition.Yes => Recognitions.Of(true),
            ConfirmRecognition.No => Recognitions.Of(false),
            ConfirmRecognition.Unsure => Recognitions.Unsure<bool>(),
            _ => Recognitions.NotUnderstood<bool>(reading.ProblemCode ?? ProblemCodes.ConfirmNotUnderstood),
        });
    }

    private static ConfirmRecognition FromChoiceValue(string value) => value switch
    {
        ConfirmPrompt.YesValue => ConfirmRecognition.Yes,
        ConfirmPrompt.NoValue => ConfirmRecognition.No,
        ConfirmPrompt.UnsureValue => ConfirmRecognition.Unsure,
        _ => ConfirmRecognition.NotRecognized,
    };
}

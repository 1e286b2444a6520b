using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Texts;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Prompts;

/// <summary>Picks the choice a whole answer names: by title, value or synonym (case-insensitive), or by its number.</summary>
internal sealed class ChoicePromptRecognizer : IPromptRecognizer<Choice>
{
    /// <inheritdoc/>
    public Task<Recognition<Choice>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = ChoiceMatcher.FindIndex(context.Text, context.Choices, context.Culture, allowNumbers: true);
        if (index >= 0)
        {
            return Task.FromResult(Recognitions.Of(context.Choices[index]));
        }

        var separator = context.Texts.GetText(DialogTextKeys.ChoiceListSeparator, context.Culture);
        var titles = string.Join(separator, context.Choices.Select(choice => choice.Title));
        var explanation = context.Texts.GetText(DialogTextKeys.ChooseOneOf, context.Culture, titles);
        return Task.FromResult(Recognitions.NotUnderstood<Choice>(ProblemCodes.ChoiceNotFound, explanation));
    }
}

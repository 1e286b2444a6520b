using TrialBot.Dialogs.Choices;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// Asks the person to pick one of <see cref="PromptOptions.Choices"/>, shown as the channel allows. The answer may be
/// the choice's number, title, value or a synonym (whole answer, any case); the prompt ends with the picked
/// <see cref="Choice"/>. Otherwise it re-asks listing the choices.
/// </summary>
public class ChoicePrompt : Prompt<Choice>
{
    /// <summary>Initializes a new instance of the <see cref="ChoicePrompt"/> class.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <param name="validator">Decides whether to accept an answer.</param>
    public ChoicePrompt(string id, PromptValidator<Choice>? validator = null)
        : base(id, new ChoicePromptRecognizer(), validator)
    {
    }

    /// <inheritdoc/>
    protected override string? FindOptionsProblem(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return base.FindOptionsProblem(options) ?? (options.Choices.Count == 0 ? "a choice prompt needs choices." : null);
    }
}

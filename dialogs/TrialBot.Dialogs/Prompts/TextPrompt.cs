namespace TrialBot.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty answer is recognised (whole-utterance "I don't know" phrases give "don't know").</summary>
public class TextPrompt : Prompt<string>
{
    /// <summary>Initializes a new instance of the <see cref="TextPrompt"/> class.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <param name="validator">Decides whether to accept an answer.</param>
    public TextPrompt(string id, PromptValidator<string>? validator = null)
        : base(id, new TextRecognizer(), validator)
    {
    }
}

using TrialBot.Dialogs.Prompts;
using TrialBot.Screening.Answers;

namespace TrialBot.Bot.Answers;

/// <summary>
/// The prompt that asks one screening question and ends with a typed <see cref="Answer"/>. What it stores on the dialog
/// stack (its options and attempts) is the same as when it returned the answers' former property bag, so it keeps that
/// shape in the dialogs' version (<see cref="Shape"/>): conversations stored before the typed answers resume instead of
/// starting again.
/// </summary>
internal sealed class AnswerPrompt(string id, IPromptRecognizer<Answer> recognizer, PromptValidator<Answer> validator)
    : Prompt<Answer>(id, recognizer, validator)
{
    /// <summary>The shape the prompt has had since the first stored conversations (part of the dialogs' version).</summary>
    public const string StoredShape = "prompt:AnswerValue";

    /// <inheritdoc/>
    public override string Shape => StoredShape;
}

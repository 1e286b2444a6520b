namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// The problem codes of the engine's own recognizers. Applications use their own codes too; the re-ask explains a
/// problem with the recognizer's problem text, else the text keyed <c>problem.&lt;code&gt;</c> in the dialog texts.
/// </summary>
public static class ProblemCodes
{
    /// <summary>The message had no text.</summary>
    public const string InputEmpty = "input.empty";

    /// <summary>The message was longer than <see cref="DialogEngineOptions.MaxInputLength"/>.</summary>
    public const string InputTooLong = "input.tooLong";

    /// <summary>Neither yes, no nor unsure was recognised.</summary>
    public const string ConfirmNotUnderstood = "confirm.notUnderstood";

    /// <summary>The answer picks none of the choices.</summary>
    public const string ChoiceNotFound = "choice.notFound";
}

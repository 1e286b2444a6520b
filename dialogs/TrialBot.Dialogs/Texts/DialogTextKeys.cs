namespace TrialBot.Dialogs.Texts;

/// <summary>The keys of the engine's texts and phrase lists (English defaults in <see cref="DialogTexts"/>).</summary>
public static class DialogTextKeys
{
    /// <summary>Said when an answer was not understood and nothing more specific is known.</summary>
    public const string NotUnderstood = "notUnderstood";

    /// <summary>Said when a validator rejected an answer without giving its own message.</summary>
    public const string AnswerNotAccepted = "answerNotAccepted";

    /// <summary>Prefix of the texts that explain a recognition problem: <c>problem.&lt;problem code&gt;</c> (see <see cref="Prompts.ProblemCodes"/>).</summary>
    public const string ProblemPrefix = "problem.";

    /// <summary>The message sent when a prompt reaches its retry cap, before the choices "I don't know" and "Help".</summary>
    public const string RetryCap = "retryCap";

    /// <summary>The title of the "I don't know" choice offered at the retry cap.</summary>
    public const string RetryCapDontKnowChoice = "retryCap.dontKnow";

    /// <summary>The title of the "Help" choice offered at the retry cap.</summary>
    public const string RetryCapHelpChoice = "retryCap.help";

    /// <summary>Said when an answer after the retry cap is still not understood and the prompt ends with "don't know".</summary>
    public const string MovingOn = "movingOn";

    /// <summary>Format string listing the choices of a choice prompt ({0}: the choice titles joined by <see cref="ChoiceListSeparator"/>).</summary>
    public const string ChooseOneOf = "chooseOneOf";

    /// <summary>The separator between choice titles in <see cref="ChooseOneOf"/>.</summary>
    public const string ChoiceListSeparator = "choiceListSeparator";

    /// <summary>The line after a numbered list of choices on channels without buttons.</summary>
    public const string NumberedChoicesHint = "numberedChoicesHint";

    /// <summary>The title of the "yes" choice of a confirm prompt.</summary>
    public const string ConfirmYes = "confirm.yes";

    /// <summary>The title of the "no" choice of a confirm prompt.</summary>
    public const string ConfirmNo = "confirm.no";

    /// <summary>The built-in help command's message.</summary>
    public const string Help = "help";

    /// <summary>The built-in restart command's message.</summary>
    public const string Restarting = "restarting";

    /// <summary>The built-in cancel command's message.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Said when a stored conversation cannot be resumed (the application changed, or the stored data is damaged) and it starts again.</summary>
    public const string ConversationReset = "conversationReset";
}

namespace TrialBot.Bot.Commands;

/// <summary>The ids of the bot's own commands (the engine's are in <c>BuiltInCommands</c>).</summary>
internal static class CommandIds
{
    /// <summary>Clear the last answer and ask it again.</summary>
    public const string Back = "back";

    /// <summary>Delete the conversation's data, after confirmation.</summary>
    public const string DeleteData = "delete-data";

    /// <summary>Send the outcome's per-criterion details.</summary>
    public const string Details = "details";

    /// <summary>Ask the study team to look at the answers again, after a likely-ineligible outcome.</summary>
    public const string LookAgain = "look-again";

    /// <summary>Continue in Chinese.</summary>
    public const string Chinese = "language.zh";

    /// <summary>Continue in English.</summary>
    public const string English = "language.en";

    /// <summary>Answer a question about the study.</summary>
    public const string Faq = "faq";

    /// <summary>Change an earlier answer the message takes back while answering another question.</summary>
    public const string EarlierAnswer = "change-earlier";

    /// <summary>The command that changes the answer to <paramref name="questionId"/>.</summary>
    /// <param name="questionId">The question's id.</param>
    /// <returns>The command id.</returns>
    public static string Change(string questionId) => "change." + questionId;
}

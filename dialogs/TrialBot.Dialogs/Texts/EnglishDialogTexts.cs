namespace TrialBot.Dialogs.Texts;

/// <summary>The engine's English texts and phrases: the defaults every culture falls back to.</summary>
internal static class EnglishDialogTexts
{
    /// <summary>Gets the default texts by key.</summary>
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DialogTextKeys.NotUnderstood] = "Sorry, I didn't understand that.",
        [DialogTextKeys.AnswerNotAccepted] = "Sorry, I can't accept that answer.",
        [DialogTextKeys.RetryCap] = "Sorry, I'm still not understanding. You can answer again in other words, or choose one of these:",
        [DialogTextKeys.RetryCapDontKnowChoice] = "I don't know",
        [DialogTextKeys.RetryCapHelpChoice] = "Help",
        [DialogTextKeys.MovingOn] = "Let's move on. I'll note this answer as \"I don't know\".",
        [DialogTextKeys.ChooseOneOf] = "Please choose one of: {0}.",
        [DialogTextKeys.ChoiceListSeparator] = ", ",
        [DialogTextKeys.NumberedChoicesHint] = "Reply with the number of your choice.",
        [DialogTextKeys.ConfirmYes] = "Yes",
        [DialogTextKeys.ConfirmNo] = "No",
        [DialogTextKeys.Help] = "I ask questions one at a time; answer each in your own words. You can also say \"I don't know\", \"start over\" to begin again, or \"stop\" to end.",
        [DialogTextKeys.Restarting] = "Okay, let's start over.",
        [DialogTextKeys.Cancelled] = "Okay, I've stopped. Send me any message if you'd like to start again.",
        [DialogTextKeys.ConversationReset] = "Sorry, I've been updated since we last talked, so we need to start again from the beginning.",
        [DialogTextKeys.ProblemPrefix + Prompts.ProblemCodes.InputEmpty] = "I didn't get any text.",
        [DialogTextKeys.ProblemPrefix + Prompts.ProblemCodes.InputTooLong] = "That message is too long for me. Please answer in a few words.",
        [DialogTextKeys.ProblemPrefix + Prompts.ProblemCodes.ConfirmNotUnderstood] = "Please answer yes or no.",
    };

    /// <summary>Gets the default phrase lists by key: none ("I don't know" is read by the recognition library's one
    /// lexicon, <c>TrialBot.Recognition.Text.UnsureLexicon</c>, in every prompt).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
}

namespace TrialBot.Bot.Texts;

/// <summary>Whole utterances with one meaning (a command, "I don't know") in English and Simplified Chinese.</summary>
/// <param name="En">The English phrases.</param>
/// <param name="Zh">The Simplified Chinese phrases.</param>
internal sealed record LocalizedPhrases(IReadOnlyList<string> En, IReadOnlyList<string> Zh)
{
    /// <summary>Gets the phrases of both languages: a person may use either, whatever the conversation's language.</summary>
    public IEnumerable<string> All => En.Concat(Zh);
}

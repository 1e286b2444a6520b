namespace TrialBot.Bot.Texts;

/// <summary>The shape of <c>Resources/bot-texts.json</c>.</summary>
/// <param name="Texts">Texts by key.</param>
/// <param name="Phrases">Phrase lists by key.</param>
internal sealed record BotTextsFile(Dictionary<string, BotTextsFile.TextEntry?>? Texts, Dictionary<string, BotTextsFile.PhrasesEntry?>? Phrases)
{
    /// <summary>One text.</summary>
    /// <param name="En">English.</param>
    /// <param name="Zh">Simplified Chinese.</param>
    internal sealed record TextEntry(string? En, string? Zh);

    /// <summary>One phrase list.</summary>
    /// <param name="En">English phrases.</param>
    /// <param name="Zh">Simplified Chinese phrases.</param>
    internal sealed record PhrasesEntry(List<string>? En, List<string>? Zh);
}

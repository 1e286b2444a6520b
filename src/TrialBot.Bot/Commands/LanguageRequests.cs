using TrialBot.Bot.Conversation;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Recognition.Text;

namespace TrialBot.Bot.Commands;

/// <summary>Recognises a whole message that asks for a language ("中文", "Chinese", "English", "英文").</summary>
internal sealed class LanguageRequests
{
    private readonly Dictionary<string, string> languageByPhrase = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="LanguageRequests"/> class.</summary>
    /// <param name="texts">The bot's texts (the phrase lists <c>commands.chinese</c> and <c>commands.english</c>).</param>
    public LanguageRequests(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ChinesePhrases = [.. texts.Phrases(BotTextKeys.CommandsChinese).All];
        EnglishPhrases = [.. texts.Phrases(BotTextKeys.CommandsEnglish).All];
        foreach (var phrase in ChinesePhrases)
        {
            languageByPhrase[AnswerText.Whole(phrase)] = ConversationLanguages.Chinese;
        }

        foreach (var phrase in EnglishPhrases)
        {
            languageByPhrase[AnswerText.Whole(phrase)] = ConversationLanguages.English;
        }
    }

    /// <summary>Gets the phrases that ask for Chinese.</summary>
    public IReadOnlyList<string> ChinesePhrases { get; }

    /// <summary>Gets the phrases that ask for English.</summary>
    public IReadOnlyList<string> EnglishPhrases { get; }

    /// <summary>Returns the language a whole message asks for.</summary>
    /// <param name="text">The message's text.</param>
    /// <returns><see cref="ConversationLanguages.Chinese"/>, <see cref="ConversationLanguages.English"/>, or null.</returns>
    public string? Match(string? text) => languageByPhrase.GetValueOrDefault(AnswerText.Whole(text));
}

namespace TrialBot.Bot.Conversation;

/// <summary>The language of a turn, and whether it is now the conversation's remembered language.</summary>
/// <param name="Language"><see cref="ConversationLanguages.English"/> or <see cref="ConversationLanguages.Chinese"/>.</param>
/// <param name="Remember">True when the conversation keeps this language from now on.</param>
internal sealed record LanguageChoice(string Language, bool Remember);

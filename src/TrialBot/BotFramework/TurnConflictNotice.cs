namespace TrialBot.Host.BotFramework;

/// <summary>
/// What a person is told when their message could not be saved because the conversation's stored state changed while
/// the turn ran (another message of the same conversation was processed at the same time, here or in another process).
/// </summary>
public static class TurnConflictNotice
{
    /// <summary>The English notice.</summary>
    public const string English =
        "Sorry, your last message was not saved because another message in this conversation arrived at the same time. Please send it again.";

    /// <summary>The Simplified Chinese notice.</summary>
    public const string SimplifiedChinese = "抱歉，您的上一条消息没有保存，因为本对话同时收到了另一条消息。请再发送一次。";

    /// <summary>The notice for an activity's locale: Chinese for <c>zh</c> locales, English otherwise.</summary>
    public static string For(string? locale) => ReplyLanguage.Choose(locale, English, SimplifiedChinese);
}

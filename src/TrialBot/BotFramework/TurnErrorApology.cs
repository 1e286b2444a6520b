namespace TrialBot.Host.BotFramework;

/// <summary>The short apology a person gets when their turn failed, in their language.</summary>
public static class TurnErrorApology
{
    /// <summary>The English apology.</summary>
    public const string English = "Sorry, something went wrong on our side and your last message was not saved. Please send it again.";

    /// <summary>The Simplified Chinese apology.</summary>
    public const string SimplifiedChinese = "抱歉，我们这边出了点问题，您的上一条消息没有保存。请再发送一次。";

    /// <summary>The apology for an activity's locale: Chinese for <c>zh</c> locales, English otherwise.</summary>
    public static string For(string? locale) => ReplyLanguage.Choose(locale, English, SimplifiedChinese);
}

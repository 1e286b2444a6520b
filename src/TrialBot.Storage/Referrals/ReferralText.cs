namespace TrialBot.Storage.Referrals;

/// <summary>A text of a referral in both of the bot's languages, as the person would have read it.</summary>
/// <param name="En">English.</param>
/// <param name="Zh">Simplified Chinese.</param>
public sealed record ReferralText(string En, string Zh)
{
    /// <summary>The text in a language: Chinese for <c>zh</c> (and <c>zh-…</c>), English otherwise.</summary>
    /// <param name="language">A language or culture name; null gives English.</param>
    /// <returns>The text.</returns>
    public string In(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
}

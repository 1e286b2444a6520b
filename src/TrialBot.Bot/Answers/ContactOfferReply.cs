namespace TrialBot.Bot.Answers;

/// <summary>
/// The reply to "Can the study team call or text you at …?" (SMS): yes, another number (to be asked), or another phone
/// number or e-mail address given straight away. Lives only within the turn (the prompt's result).
/// </summary>
/// <param name="UsesOffered">True when the offered number is to be used.</param>
/// <param name="Other">Another contact given in the reply, or null.</param>
internal sealed record ContactOfferReply(bool UsesOffered, ContactDetails? Other)
{
    /// <summary>Gets "yes, use that number".</summary>
    public static ContactOfferReply Yes { get; } = new(true, null);

    /// <summary>Gets "another number", without the number yet.</summary>
    public static ContactOfferReply Another { get; } = new(false, null);
}

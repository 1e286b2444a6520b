namespace TrialBot.Screening.Sites;

/// <summary>How to reach a site's study team. Empty strings mean "not configured": the listing gives no contacts.</summary>
/// <param name="Phone">A telephone number, or empty.</param>
/// <param name="Email">An e-mail address, or empty.</param>
public sealed record SiteContact(string Phone, string Email)
{
    /// <summary>No contact configured.</summary>
    public static SiteContact None { get; } = new(string.Empty, string.Empty);

    /// <summary>True when neither a phone number nor an e-mail address is configured.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email);
}

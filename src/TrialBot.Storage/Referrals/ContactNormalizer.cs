using System.Security.Cryptography;
using System.Text;
using PhoneNumbers;

namespace TrialBot.Storage.Referrals;

/// <summary>
/// Puts contact details in one form, so that the same person is recognised across screenings: telephone numbers in
/// E.164 (<c>+8613812345678</c>; a number without a country code is read in the trial's country), e-mail addresses
/// trimmed with the domain in lower case. The person key is a digest of the normalised contact.
/// </summary>
public static class ContactNormalizer
{
    /// <summary>The region numbers without a country code are read in when none is given (the trial's sites are in China).</summary>
    public const string DefaultRegion = "CN";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>A telephone number in E.164, or the number as given (trimmed) when it cannot be parsed.</summary>
    /// <param name="phone">The number as the person gave it.</param>
    /// <param name="region">The ISO 3166 region for numbers without a country code (for example <c>CN</c>).</param>
    /// <returns>The normalised number; null for a blank one.</returns>
    public static string? Phone(string? phone, string region = DefaultRegion)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        try
        {
            var parsed = Phones.Parse(trimmed, string.IsNullOrWhiteSpace(region) ? DefaultRegion : region.ToUpperInvariant());
            return Phones.IsPossibleNumber(parsed) ? Phones.Format(parsed, PhoneNumberFormat.E164) : trimmed;
        }
        catch (NumberParseException)
        {
            return trimmed;
        }
    }

    /// <summary>An e-mail address trimmed, with its domain in lower case (the local part is kept as given).</summary>
    /// <param name="email">The address.</param>
    /// <returns>The normalised address; null for a blank one.</returns>
    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var trimmed = email.Trim();
        var at = trimmed.LastIndexOf('@');
        return at < 0 ? trimmed : trimmed[..at] + "@" + trimmed[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>The person key of normalised contact details: the phone number when there is one, else the e-mail
    /// address (compared case-insensitively), as a SHA-256 digest in 32 hexadecimal digits.</summary>
    /// <param name="phone">The normalised phone number.</param>
    /// <param name="email">The normalised e-mail address.</param>
    /// <returns>The key; empty when there is neither.</returns>
    public static string PersonKey(string? phone, string? email)
    {
        var contact = !string.IsNullOrWhiteSpace(phone) ? "tel:" + phone.Trim()
            : !string.IsNullOrWhiteSpace(email) ? "mailto:" + email.Trim().ToLowerInvariant()
            : null;
        return contact is null
            ? string.Empty
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contact)))[..32];
    }
}

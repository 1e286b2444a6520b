using System.Text.RegularExpressions;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Finds the one phone number or e-mail address in an answer ("138 1234 5678", "+86-21-6408-6010", "me@example.org",
/// "you can call me on 13812345678"). A phone number has 7 to 15 digits and may hold a leading +, spaces and dashes.
/// </summary>
internal static partial class ContactReader
{
    /// <summary>The problem code when no phone number or e-mail address is found.</summary>
    public const string Invalid = "contact.invalid";

    /// <summary>The problem code when several different ones are found.</summary>
    public const string Ambiguous = "contact.ambiguous";

    private const int MinPhoneDigits = 7;
    private const int MaxPhoneDigits = 15;
    private const int MaxEmailLength = 254;

    /// <summary>Reads the contact in <paramref name="text"/>.</summary>
    /// <param name="text">The answer.</param>
    /// <returns>The contact; <see cref="Invalid"/> or <see cref="Ambiguous"/> otherwise.</returns>
    public static Recognition<ContactDetails> Read(string? text)
    {
        var normalized = InputGuard.Normalize(text);
        if (!normalized.TryGetValue(out var answer))
        {
            return Recognitions.NotUnderstood<ContactDetails>(Invalid);
        }

        var found = Email().Matches(answer)
            .Select(match => match.Value)
            .Where(address => address.Length <= MaxEmailLength)
            .Select(address => new ContactDetails(ContactKind.Email, address))
            .Concat(Phone().Matches(Email().Replace(answer, " "))
                .Select(match => new ContactDetails(ContactKind.Phone, PhoneValue(match.Value)))
                .Where(phone => phone.Value.Count(char.IsAsciiDigit) is >= MinPhoneDigits and <= MaxPhoneDigits))
            .Distinct()
            .ToList();
        return found switch
        {
            [] => Recognitions.NotUnderstood<ContactDetails>(Invalid),
            [var one] => Recognitions.Of(one),
            _ => Recognitions.NotUnderstood<ContactDetails>(Ambiguous),
        };
    }

    private static string PhoneValue(string match) =>
        (match.StartsWith('+') ? "+" : string.Empty) + string.Concat(match.Where(char.IsAsciiDigit));

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9A-Za-z+])\+?[0-9](?:[ \-]?[0-9]){5,20}(?![0-9A-Za-z])")]
    private static partial Regex Phone();
}

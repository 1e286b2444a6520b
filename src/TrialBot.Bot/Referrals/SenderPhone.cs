using Microsoft.Bot.Schema;
using PhoneNumbers;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace TrialBot.Bot.Referrals;

/// <summary>
/// The number a text message came from, which the referral offers as the contact instead of asking for one: on the
/// <c>sms</c> channel the sender's id is their number in E.164 (<c>+8613812345678</c>), as Twilio and Azure Bot Service
/// give it. Other channels, and ids that are no valid international number, have none.
/// </summary>
internal static class SenderPhone
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The sender's number of an SMS activity, in E.164, or null.</summary>
    /// <param name="activity">The incoming activity.</param>
    /// <returns>The number, or null.</returns>
    public static string? Of(IActivity? activity)
    {
        if (activity is null || !string.Equals(activity.ChannelId, BotChannels.Sms, StringComparison.OrdinalIgnoreCase)
            || activity.From?.Id is not { } id || !id.TrimStart().StartsWith('+'))
        {
            return null;
        }

        try
        {
            var parsed = Phones.Parse(id.Trim(), null);
            return Phones.IsValidNumber(parsed) ? Phones.Format(parsed, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>A number in E.164 as people read it (<c>+86 138 1234 5678</c>).</summary>
    /// <param name="e164">The number in E.164.</param>
    /// <returns>The number in international format, or as given when it cannot be read.</returns>
    public static string Display(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        try
        {
            return Phones.Format(Phones.Parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}

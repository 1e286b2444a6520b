using Microsoft.AspNetCore.Http;

namespace TrialBot.Sms.Webhook;

/// <summary>The parts of Twilio's incoming-message webhook the channel uses.</summary>
/// <param name="From">The sender's number (E.164, for example <c>+8613800000000</c>).</param>
/// <param name="To">The Twilio number the message was sent to: the bot.</param>
/// <param name="Body">The message text; empty for a picture without words.</param>
/// <param name="MessageSid">Twilio's id of the message, the same when Twilio delivers it again.</param>
internal sealed record InboundSms(string From, string To, string Body, string MessageSid)
{
    /// <summary>The longest sender, recipient or message id accepted (numbers are at most 15 digits; ids 34 characters).</summary>
    public const int MaxFieldLength = 64;

    /// <summary>Reads the message from Twilio's form, or says which parameter is missing or too long.</summary>
    /// <param name="form">The webhook's form parameters.</param>
    /// <param name="maxBodyLength">The longest <c>Body</c> accepted (<see cref="SmsOptions.MaxBodyLength"/>).</param>
    public static (InboundSms? Sms, SmsRefusal? Refusal) Parse(IFormCollection form, int maxBodyLength)
    {
        ArgumentNullException.ThrowIfNull(form);
        var from = Field(form, "From", "the sender's number");
        var to = Field(form, "To", "the number the message was sent to");
        var sid = Field(form, "MessageSid", "Twilio's message id");
        var problem = from.Refusal ?? to.Refusal ?? sid.Refusal;
        if (problem is not null)
        {
            return (null, problem);
        }

        if (!form.TryGetValue("Body", out var bodyValues))
        {
            return (null, SmsRefusal.BadRequest("The form has no Body (the message text)."));
        }

        var body = bodyValues.ToString();
        if (body.Length > maxBodyLength)
        {
            return (null, SmsRefusal.BadRequest($"The Body is longer than {maxBodyLength} characters."));
        }

        return (new InboundSms(from.Value!, to.Value!, body, sid.Value!), null);
    }

    private static (string? Value, SmsRefusal? Refusal) Field(IFormCollection form, string name, string meaning)
    {
        var value = form[name].ToString().Trim();
        if (value.Length == 0)
        {
            return (null, SmsRefusal.BadRequest($"The form has no {name} ({meaning})."));
        }

        return value.Length > MaxFieldLength
            ? (null, SmsRefusal.BadRequest($"The {name} is longer than {MaxFieldLength} characters."))
            : (value, null);
    }
}

namespace TrialBot.Sms.Tests.Support;

/// <summary>Incoming-message webhook forms shaped like the ones Twilio posts.</summary>
internal static class TwilioForms
{
    public const string Sender = "+8613800138000";
    public const string BotNumber = "+8610000000000";

    public static Dictionary<string, string> Message(string body, string messageSid = "SM00000000000000000000000000000001", string from = Sender)
        => new(StringComparer.Ordinal)
        {
            ["ToCountry"] = "CN",
            ["SmsMessageSid"] = messageSid,
            ["NumMedia"] = "0",
            ["SmsSid"] = messageSid,
            ["SmsStatus"] = "received",
            ["Body"] = body,
            ["To"] = BotNumber,
            ["NumSegments"] = "1",
            ["MessageSid"] = messageSid,
            ["AccountSid"] = "AC00000000000000000000000000000000",
            ["From"] = from,
            ["FromCountry"] = "CN",
            ["ApiVersion"] = "2010-04-01",
        };

    public static Dictionary<string, string> Without(this Dictionary<string, string> form, string name)
    {
        form.Remove(name);
        return form;
    }
}

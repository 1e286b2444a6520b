namespace TrialBot.Sms;

/// <summary>Settings of the SMS channel, bound from the <c>Sms</c> configuration section and validated at start.</summary>
public sealed class SmsOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Sms";

    /// <summary>
    /// The Twilio account's Auth Token (<c>Sms:TwilioAuthToken</c>), the key Twilio signs its webhook requests with. A
    /// secret: set it from the environment or a secret store. Empty: the SMS channel is off and <c>/api/sms</c> answers 404.
    /// </summary>
    public string? TwilioAuthToken { get; set; }

    /// <summary>
    /// The URL Twilio calls, exactly as configured on the number (<c>Sms:PublicUrl</c>, for example
    /// <c>https://bot.example.org/api/sms</c>): signatures are computed over it, and behind a proxy the URL the request
    /// arrives with differs. Empty: the request's own URL.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// How long a message waits for the bot's turn, its sender's earlier turn included (<c>Sms:BotTimeout</c>); after
    /// that the turn is cancelled and Twilio gets an empty answer. Twilio waits 15 seconds for the answer.
    /// </summary>
    public TimeSpan BotTimeout { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The longest message text accepted, in characters (<c>Sms:MaxBodyLength</c>); Twilio delivers at most 1,600.</summary>
    public int MaxBodyLength { get; set; } = 1600;

    /// <summary>Whether the channel is on: an Auth Token is configured.</summary>
    public bool IsEnabled => !string.IsNullOrEmpty(TwilioAuthToken);
}

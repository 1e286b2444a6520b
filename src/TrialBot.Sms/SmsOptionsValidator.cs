using Microsoft.Extensions.Options;

namespace TrialBot.Sms;

/// <summary>Checks <see cref="SmsOptions"/> at start; each message names the setting to fix.</summary>
internal sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    /// <summary>The shortest Auth Token accepted: Twilio's are 32 characters.</summary>
    public const int MinimumAuthTokenLength = 32;

    /// <summary>The longest <see cref="SmsOptions.BotTimeout"/>: under the 15 seconds Twilio waits, with time to answer.</summary>
    public static readonly TimeSpan MaximumBotTimeout = TimeSpan.FromSeconds(14);

    /// <summary>The largest <see cref="SmsOptions.MaxBodyLength"/> accepted.</summary>
    public const int MaximumBodyLength = 10_000;

    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var token = options.TwilioAuthToken;
        if (!string.IsNullOrEmpty(token) && (token.Length < MinimumAuthTokenLength || token.Any(char.IsWhiteSpace)))
        {
            failures.Add($"Sms:TwilioAuthToken must be the Twilio account's Auth Token ({MinimumAuthTokenLength} characters, no spaces); leave it empty to turn the SMS channel off.");
        }

        if (!string.IsNullOrEmpty(options.PublicUrl)
            && !(Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"Sms:PublicUrl must be an absolute https (or http) URL, the one configured on the Twilio number, for example https://bot.example.org/api/sms; it is '{options.PublicUrl}'.");
        }

        if (options.BotTimeout <= TimeSpan.Zero || options.BotTimeout > MaximumBotTimeout)
        {
            failures.Add($"Sms:BotTimeout must be more than 0 and at most {MaximumBotTimeout:c} (Twilio waits 15 seconds for the answer); it is {options.BotTimeout:c}.");
        }

        if (options.MaxBodyLength is < 1 or > MaximumBodyLength)
        {
            failures.Add($"Sms:MaxBodyLength must be from 1 to {MaximumBodyLength}; it is {options.MaxBodyLength}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

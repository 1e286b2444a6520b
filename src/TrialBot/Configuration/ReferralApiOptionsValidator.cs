using Microsoft.Extensions.Options;

namespace TrialBot.Host.Configuration;

/// <summary>Refuses, at start, an API key too short or blank to protect the referrals.</summary>
internal sealed class ReferralApiOptionsValidator : IValidateOptions<ReferralApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ReferralApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey) || options.ApiKey.Trim().Length != options.ApiKey.Length)
        {
            return ValidateOptionsResult.Fail("Referrals:ApiKey must not be blank nor start or end with white space; leave it empty to turn the referral API off.");
        }

        return options.ApiKey.Length < ReferralApiOptions.MinimumApiKeyLength
            ? ValidateOptionsResult.Fail($"Referrals:ApiKey must be at least {ReferralApiOptions.MinimumApiKeyLength} characters long (it has {options.ApiKey.Length}); leave it empty to turn the referral API off.")
            : ValidateOptionsResult.Success;
    }
}

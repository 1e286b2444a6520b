using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TrialBot.Host.Configuration;

/// <summary>
/// Checks the bot's identity settings at start, with messages that name the setting to fix. In the Production
/// environment an empty <c>MicrosoftAppId</c> is refused unless <c>Bot:AllowAnonymous</c> is true.
/// </summary>
internal sealed class BotCredentialsOptionsValidator(IHostEnvironment environment, IOptions<BotEndpointOptions> endpoint)
    : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? MicrosoftAppTypes.MultiTenant : options.MicrosoftAppType.Trim();
        var hasAppId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        if (!MicrosoftAppTypes.All.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", MicrosoftAppTypes.All)} (or empty for {MicrosoftAppTypes.MultiTenant}); it is '{appType}'.");
        }

        if (hasAppId && !Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be the app registration's client id, a GUID.");
        }

        if (hasPassword && !hasAppId)
        {
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty; set both or neither.");
        }

        if (IsType(appType, MicrosoftAppTypes.SingleTenant) || IsType(appType, MicrosoftAppTypes.UserAssignedMsi))
        {
            if (!hasTenant)
            {
                failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {appType}.");
            }

            if (!hasAppId)
            {
                failures.Add($"MicrosoftAppId is required when MicrosoftAppType is {appType}.");
            }
        }

        if (IsType(appType, MicrosoftAppTypes.UserAssignedMsi) && hasPassword)
        {
            failures.Add($"MicrosoftAppPassword must be empty when MicrosoftAppType is {MicrosoftAppTypes.UserAssignedMsi}: the managed identity has no secret.");
        }

        if (hasAppId && !hasPassword && !IsType(appType, MicrosoftAppTypes.UserAssignedMsi))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {appType}.");
        }

        if (!hasAppId && environment.IsProduction() && !endpoint.Value.AllowAnonymous)
        {
            failures.Add(
                "MicrosoftAppId is empty in the Production environment, which would accept unauthenticated requests on /api/messages. "
                + "Set MicrosoftAppId (with MicrosoftAppPassword or a managed identity), or set Bot:AllowAnonymous to true to run without Bot Framework authentication on purpose.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsType(string appType, string expected) => string.Equals(appType, expected, StringComparison.OrdinalIgnoreCase);
}

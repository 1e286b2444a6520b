using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine;

/// <summary>Checks <see cref="DirectLineOptions"/> at start; every message names the setting to fix.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add("DirectLine:Mode must be SelfHosted or Azure.");
        }

        if (!string.IsNullOrWhiteSpace(options.TokenSigningKey) && !TokenSigningKey.TryDecode(options.TokenSigningKey, out _))
        {
            failures.Add($"DirectLine:TokenSigningKey must be base64 of at least {TokenSigningKey.MinimumBytes} bytes.");
        }

        RequireBetween(failures, "DirectLine:TokenLifetime", options.TokenLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        RequireBetween(failures, "DirectLine:ConversationIdleTimeout", options.ConversationIdleTimeout, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
        RequireBetween(failures, "DirectLine:SilentConversationTimeout", options.SilentConversationTimeout, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
        RequireBetween(failures, "DirectLine:BotTimeout", options.BotTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        RequireBetween(failures, "DirectLine:MaxActivitiesPerConversation", options.MaxActivitiesPerConversation, 10, 100_000);
        RequireBetween(failures, "DirectLine:MaxConversations", options.MaxConversations, 1, 10_000_000);
        RequireBetween(failures, "DirectLine:MaxTextLength", options.MaxTextLength, 1, 1_000_000);
        RequireBetween(failures, "DirectLine:MaxRequestBodyBytes", options.MaxRequestBodyBytes, 1_024, 4 * 1024 * 1024);

        if (string.IsNullOrWhiteSpace(options.BotId))
        {
            failures.Add("DirectLine:BotId must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.BotName))
        {
            failures.Add("DirectLine:BotName must not be empty.");
        }

        if (options.Mode == DirectLineMode.Azure)
        {
            if (string.IsNullOrWhiteSpace(options.Secret))
            {
                failures.Add("DirectLine:Secret is required when DirectLine:Mode is Azure (the Direct Line channel secret from the Azure portal).");
            }

            if (options.AzureEndpoint is not { IsAbsoluteUri: true, Scheme: "https" })
            {
                failures.Add("DirectLine:AzureEndpoint must be an absolute https address, for example https://directline.botframework.com/v3/directline.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireBetween<T>(List<string> failures, string setting, T value, T minimum, T maximum)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
        {
            failures.Add($"{setting} must be between {minimum} and {maximum} (was {value}).");
        }
    }
}

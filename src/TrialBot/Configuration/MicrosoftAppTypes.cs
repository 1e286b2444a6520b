namespace TrialBot.Host.Configuration;

/// <summary>The values <c>MicrosoftAppType</c> accepts, as the Bot Framework spells them.</summary>
public static class MicrosoftAppTypes
{
    /// <summary>An app registration usable from any tenant (the Bot Framework's default when the setting is empty).</summary>
    public const string MultiTenant = "MultiTenant";

    /// <summary>An app registration limited to one tenant; needs <c>MicrosoftAppTenantId</c>.</summary>
    public const string SingleTenant = "SingleTenant";

    /// <summary>A user-assigned managed identity; needs <c>MicrosoftAppTenantId</c> and no password.</summary>
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>Every accepted value.</summary>
    public static IReadOnlyList<string> All { get; } = [MultiTenant, SingleTenant, UserAssignedMsi];
}

using System.Globalization;
using System.Text.Json;

namespace TrialBot.Deployment.Tests;

public sealed class WebAppConfigurationTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    private JsonElement SiteConfig => _template.WebApp.GetProperty("properties").GetProperty("siteConfig");

    [Fact]
    public void WebAppAcceptsHttpsOnly()
    {
        Assert.True(_template.WebApp.GetProperty("properties").GetProperty("httpsOnly").GetBoolean());
    }

    [Theory]
    [InlineData("minTlsVersion")]
    [InlineData("scmMinTlsVersion")]
    public void WebAppRequiresTlsOnePointTwoOrLater(string setting)
    {
        var version = Version.Parse(SiteConfig.GetProperty(setting).GetString()!);

        Assert.True(version >= new Version(1, 2), $"{setting} is {version}.");
    }

    [Fact]
    public void WebAppHasFtpTurnedOff()
    {
        Assert.Equal("Disabled", SiteConfig.GetProperty("ftpsState").GetString());
    }

    [Fact]
    public void WebAppIsAlwaysOn()
    {
        Assert.True(SiteConfig.GetProperty("alwaysOn").GetBoolean());
    }

    [Fact]
    public void WebAppHealthCheckIsTheReadinessEndpoint()
    {
        Assert.Equal("/readyz", SiteConfig.GetProperty("healthCheckPath").GetString());
    }

    [Fact]
    public void WebAppRunsDotNetTenOnLinux()
    {
        Assert.Equal("DOTNETCORE|10.0", SiteConfig.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("app,linux", _template.WebApp.GetProperty("kind").GetString());
    }

    [Fact]
    public void WebAppHasExactlyTheSettingsTheHostReads()
    {
        string[] expected =
        [
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "ASPNETCORE_ENVIRONMENT",
            "DirectLine__Mode",
            "DirectLine__TokenSigningKey",
            "MicrosoftAppId",
            "MicrosoftAppPassword",
            "MicrosoftAppTenantId",
            "MicrosoftAppType",
            "Referrals__ApiKey",
            "Sites__shanghai-renji__Email",
            "Sites__shanghai-renji__Phone",
            "Sites__wuhan-union__Email",
            "Sites__wuhan-union__Phone",
            "Storage__ConnectionString",
            "Storage__Provider",
            "Telemetry__ConversationIdHashKey",
        ];

        Assert.Equal(expected, _template.AppSettings.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Production")]
    [InlineData("Storage__Provider", "postgres")]
    public void FixedSettingHasItsValue(string name, string value)
    {
        Assert.Equal(value, _template.AppSettings[name]);
    }

    [Theory]
    [InlineData("MicrosoftAppType", "microsoftAppType")]
    [InlineData("MicrosoftAppTenantId", "microsoftAppTenantId")]
    [InlineData("DirectLine__Mode", "directLineMode")]
    [InlineData("Sites__wuhan-union__Phone", "wuhanUnionPhone")]
    [InlineData("Sites__wuhan-union__Email", "wuhanUnionEmail")]
    [InlineData("Sites__shanghai-renji__Phone", "shanghaiRenjiPhone")]
    [InlineData("Sites__shanghai-renji__Email", "shanghaiRenjiEmail")]
    public void SettingComesFromItsParameter(string name, string parameter)
    {
        Assert.Equal(parameter, ArmTemplate.DirectParameter(_template.AppSettings[name]));
    }

    [Fact]
    public void MicrosoftAppIdIsTheManagedIdentityOrTheAppRegistration()
    {
        var value = _template.AppSettings["MicrosoftAppId"];

        Assert.StartsWith("[if(variables('usesManagedIdentity'), reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'", value, StringComparison.Ordinal);
        Assert.EndsWith(".clientId, parameters('microsoftAppId'))]", value, StringComparison.Ordinal);
        Assert.Equal("[equals(parameters('microsoftAppType'), 'UserAssignedMSI')]", _template.Root.GetProperty("variables").GetProperty("usesManagedIdentity").GetString());
    }

    [Fact]
    public void MicrosoftAppPasswordIsEmptyForTheManagedIdentity()
    {
        Assert.StartsWith("[if(variables('usesManagedIdentity'), '', ", _template.AppSettings["MicrosoftAppPassword"], StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationInsightsConnectionStringIsReadFromTheComponent()
    {
        var value = _template.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"];

        Assert.Contains("reference(resourceId('Microsoft.Insights/components'", value, StringComparison.Ordinal);
        Assert.EndsWith(".ConnectionString]", value, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingValuesAreTextOrExpressions()
    {
        Assert.All(_template.AppSettings, s => Assert.False(
            s.Value.StartsWith('[') && !s.Value.EndsWith(']'),
            string.Create(CultureInfo.InvariantCulture, $"{s.Key} has an unterminated expression.")));
    }
}

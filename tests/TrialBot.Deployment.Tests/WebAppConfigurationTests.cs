using System.Globalization;
using System.Text.Json;

namespace TrialBot.Deployment.Tests;

public sealed class WebAppConfigurationTests
{
    private readonly ArmTemplate template = ArmTemplate.Load();

    private JsonElement SiteConfig => template.WebApp.GetProperty("properties").GetProperty("siteConfig");

    [Fact]
    public void Web_app_accepts_https_only()
    {
        Assert.True(template.WebApp.GetProperty("properties").GetProperty("httpsOnly").GetBoolean());
    }

    [Theory]
    [InlineData("minTlsVersion")]
    [InlineData("scmMinTlsVersion")]
    public void Web_app_requires_tls_one_point_two_or_later(string setting)
    {
        var version = Version.Parse(SiteConfig.GetProperty(setting).GetString()!);

        Assert.True(version >= new Version(1, 2), $"{setting} is {version}.");
    }

    [Fact]
    public void Web_app_has_ftp_turned_off()
    {
        Assert.Equal("Disabled", SiteConfig.GetProperty("ftpsState").GetString());
    }

    [Fact]
    public void Web_app_is_always_on()
    {
        Assert.True(SiteConfig.GetProperty("alwaysOn").GetBoolean());
    }

    [Fact]
    public void Web_app_health_check_is_the_readiness_endpoint()
    {
        Assert.Equal("/readyz", SiteConfig.GetProperty("healthCheckPath").GetString());
    }

    [Fact]
    public void Web_app_runs_dot_net_ten_on_linux()
    {
        Assert.Equal("DOTNETCORE|10.0", SiteConfig.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("app,linux", template.WebApp.GetProperty("kind").GetString());
    }

    [Fact]
    public void Web_app_has_exactly_the_settings_the_host_reads()
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

        Assert.Equal(expected, template.AppSettings.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Production")]
    [InlineData("Storage__Provider", "postgres")]
    public void Fixed_setting_has_its_value(string name, string value)
    {
        Assert.Equal(value, template.AppSettings[name]);
    }

    [Theory]
    [InlineData("MicrosoftAppType", "microsoftAppType")]
    [InlineData("MicrosoftAppTenantId", "microsoftAppTenantId")]
    [InlineData("DirectLine__Mode", "directLineMode")]
    [InlineData("Sites__wuhan-union__Phone", "wuhanUnionPhone")]
    [InlineData("Sites__wuhan-union__Email", "wuhanUnionEmail")]
    [InlineData("Sites__shanghai-renji__Phone", "shanghaiRenjiPhone")]
    [InlineData("Sites__shanghai-renji__Email", "shanghaiRenjiEmail")]
    public void Setting_comes_from_its_parameter(string name, string parameter)
    {
        Assert.Equal(parameter, ArmTemplate.DirectParameter(template.AppSettings[name]));
    }

    [Fact]
    public void Microsoft_app_id_is_the_managed_identity_or_the_app_registration()
    {
        var value = template.AppSettings["MicrosoftAppId"];

        Assert.StartsWith("[if(variables('usesManagedIdentity'), reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'", value, StringComparison.Ordinal);
        Assert.EndsWith(".clientId, parameters('microsoftAppId'))]", value, StringComparison.Ordinal);
        Assert.Equal("[equals(parameters('microsoftAppType'), 'UserAssignedMSI')]", template.Root.GetProperty("variables").GetProperty("usesManagedIdentity").GetString());
    }

    [Fact]
    public void Microsoft_app_password_is_empty_for_the_managed_identity()
    {
        Assert.StartsWith("[if(variables('usesManagedIdentity'), '', ", template.AppSettings["MicrosoftAppPassword"], StringComparison.Ordinal);
    }

    [Fact]
    public void Application_insights_connection_string_is_read_from_the_component()
    {
        var value = template.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"];

        Assert.Contains("reference(resourceId('Microsoft.Insights/components'", value, StringComparison.Ordinal);
        Assert.EndsWith(".ConnectionString]", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_values_are_text_or_expressions()
    {
        Assert.All(template.AppSettings, s => Assert.False(
            s.Value.StartsWith('[') && !s.Value.EndsWith(']'),
            string.Create(CultureInfo.InvariantCulture, $"{s.Key} has an unterminated expression.")));
    }
}

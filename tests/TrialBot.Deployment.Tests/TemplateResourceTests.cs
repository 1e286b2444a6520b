namespace TrialBot.Deployment.Tests;

public sealed class TemplateResourceTests
{
    private const string IdentityType = "Microsoft.ManagedIdentity/userAssignedIdentities";
    private const string KeyVaultSecretsUserRoleId = "4633458b-17de-408a-b874-0445c86b69e6";

    private readonly ArmTemplate template = ArmTemplate.Load();

    [Theory]
    [InlineData("Microsoft.Web/serverfarms")]
    [InlineData("Microsoft.Web/sites")]
    [InlineData(IdentityType)]
    [InlineData("Microsoft.BotService/botServices")]
    [InlineData("Microsoft.BotService/botServices/channels")]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers")]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers/databases")]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules")]
    [InlineData("Microsoft.KeyVault/vaults")]
    [InlineData("Microsoft.KeyVault/vaults/secrets")]
    [InlineData("Microsoft.Authorization/roleAssignments")]
    [InlineData("Microsoft.Insights/components")]
    [InlineData("Microsoft.OperationalInsights/workspaces")]
    public void Template_deploys_resource_type(string type)
    {
        Assert.NotEmpty(template.ResourcesOfType(type));
    }

    [Fact]
    public void Every_resource_pins_an_api_version()
    {
        Assert.All(template.Resources, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}(-preview)?$", r.GetProperty("apiVersion").GetString()));
    }

    [Fact]
    public void App_service_plan_is_linux()
    {
        var plan = template.ResourcesOfType("Microsoft.Web/serverfarms").Single();

        Assert.Equal("linux", plan.GetProperty("kind").GetString());
        Assert.True(plan.GetProperty("properties").GetProperty("reserved").GetBoolean());
    }

    [Fact]
    public void Web_app_runs_as_the_user_assigned_identity_and_reads_key_vault_with_it()
    {
        var identity = template.WebApp.GetProperty("identity");
        var assigned = Assert.Single(identity.GetProperty("userAssignedIdentities").EnumerateObject());

        Assert.Equal("UserAssigned", identity.GetProperty("type").GetString());
        Assert.Contains(IdentityType, assigned.Name, StringComparison.Ordinal);
        Assert.Equal($"[{assigned.Name.Trim('[', ']')}]", template.WebApp.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
    }

    [Fact]
    public void Bot_is_an_azure_bot_whose_identity_follows_the_app_type_parameter()
    {
        var bot = template.ResourcesOfType("Microsoft.BotService/botServices").Single();
        var properties = bot.GetProperty("properties");

        Assert.Equal("azurebot", bot.GetProperty("kind").GetString());
        Assert.Equal("microsoftAppType", ArmTemplate.DirectParameter(properties.GetProperty("msaAppType").GetString()!));
        Assert.Equal("microsoftAppTenantId", ArmTemplate.DirectParameter(properties.GetProperty("msaAppTenantId").GetString()!));
        Assert.Contains($"reference(resourceId('{IdentityType}'", properties.GetProperty("msaAppId").GetString(), StringComparison.Ordinal);
        Assert.Contains(".clientId", properties.GetProperty("msaAppId").GetString(), StringComparison.Ordinal);
        Assert.Contains("parameters('microsoftAppId')", properties.GetProperty("msaAppId").GetString(), StringComparison.Ordinal);
        Assert.Contains($"resourceId('{IdentityType}'", properties.GetProperty("msaAppMSIResourceId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_endpoint_is_the_web_apps_messages_route()
    {
        var endpoint = template.ResourcesOfType("Microsoft.BotService/botServices").Single()
            .GetProperty("properties").GetProperty("endpoint").GetString();

        Assert.Contains("'https://{0}/api/messages'", endpoint, StringComparison.Ordinal);
        Assert.Contains("resourceId('Microsoft.Web/sites'", endpoint, StringComparison.Ordinal);
        Assert.Contains(".defaultHostName", endpoint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DirectLineChannel")]
    [InlineData("MsTeamsChannel")]
    [InlineData("SmsChannel")]
    public void Bot_has_channel(string channelName)
    {
        var channel = template.Channel(channelName);

        Assert.EndsWith($"'{channelName}')]", channel.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("global", channel.GetProperty("location").GetString());
    }

    [Fact]
    public void Teams_channel_is_enabled_without_calling()
    {
        var teams = template.Channel("MsTeamsChannel").GetProperty("properties").GetProperty("properties");

        Assert.True(teams.GetProperty("isEnabled").GetBoolean());
        Assert.False(teams.GetProperty("enableCalling").GetBoolean());
    }

    [Fact]
    public void Direct_line_site_is_version_three_only()
    {
        var site = Assert.Single(template.Channel("DirectLineChannel").GetProperty("properties").GetProperty("properties").GetProperty("sites").EnumerateArray());

        Assert.True(site.GetProperty("isEnabled").GetBoolean());
        Assert.True(site.GetProperty("isV3Enabled").GetBoolean());
        Assert.False(site.GetProperty("isV1Enabled").GetBoolean());
    }

    [Fact]
    public void Sms_channel_takes_twilio_details_from_parameters()
    {
        var sms = template.Channel("SmsChannel").GetProperty("properties").GetProperty("properties");

        Assert.Equal("twilioPhoneNumber", ArmTemplate.DirectParameter(sms.GetProperty("phone").GetString()!));
        Assert.Equal("twilioAccountSid", ArmTemplate.DirectParameter(sms.GetProperty("accountSID").GetString()!));
        Assert.Equal("twilioAuthToken", ArmTemplate.DirectParameter(sms.GetProperty("authToken").GetString()!));
        Assert.True(sms.GetProperty("isEnabled").GetBoolean());
        Assert.Equal("securestring", template.Parameters["twilioAccountSid"].GetProperty("type").GetString());
        Assert.Equal("securestring", template.Parameters["twilioAuthToken"].GetProperty("type").GetString());
    }

    [Fact]
    public void Sms_channel_is_deployed_only_with_a_twilio_number()
    {
        var condition = template.Channel("SmsChannel").GetProperty("condition").GetString();
        var smsEnabled = template.Root.GetProperty("variables").GetProperty("smsEnabled").GetString();

        Assert.Equal("[variables('smsEnabled')]", condition);
        Assert.Equal("[not(empty(parameters('twilioPhoneNumber')))]", smsEnabled);
    }

    [Fact]
    public void Identity_may_read_key_vault_secrets()
    {
        var assignment = template.ResourcesOfType("Microsoft.Authorization/roleAssignments").Single();
        var properties = assignment.GetProperty("properties");
        var roleVariable = template.Root.GetProperty("variables").GetProperty("keyVaultSecretsUserRoleId").GetString();

        Assert.StartsWith("[format('Microsoft.KeyVault/vaults/{0}'", assignment.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(KeyVaultSecretsUserRoleId, roleVariable);
        Assert.Contains("variables('keyVaultSecretsUserRoleId')", properties.GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
        Assert.Contains($"reference(resourceId('{IdentityType}'", properties.GetProperty("principalId").GetString(), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", properties.GetProperty("principalType").GetString());
    }

    [Fact]
    public void Key_vault_uses_role_based_access_and_soft_delete()
    {
        var vault = template.ResourcesOfType("Microsoft.KeyVault/vaults").Single().GetProperty("properties");

        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.True(vault.GetProperty("enableSoftDelete").GetBoolean());
    }

    [Fact]
    public void Postgre_sql_requires_tls()
    {
        var setting = template.ResourcesOfType("Microsoft.DBforPostgreSQL/flexibleServers/configurations").Single();

        Assert.Contains("'require_secure_transport'", setting.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("ON", setting.GetProperty("properties").GetProperty("value").GetString());
    }

    [Fact]
    public void Postgre_sql_administrator_comes_from_parameters()
    {
        var server = template.ResourcesOfType("Microsoft.DBforPostgreSQL/flexibleServers").Single().GetProperty("properties");

        Assert.Equal("postgresAdminLogin", ArmTemplate.DirectParameter(server.GetProperty("administratorLogin").GetString()!));
        Assert.Equal("postgresAdminPassword", ArmTemplate.DirectParameter(server.GetProperty("administratorLoginPassword").GetString()!));
    }

    [Fact]
    public void Application_insights_is_workspace_based()
    {
        var insights = template.ResourcesOfType("Microsoft.Insights/components").Single().GetProperty("properties");

        Assert.Contains("resourceId('Microsoft.OperationalInsights/workspaces'", insights.GetProperty("WorkspaceResourceId").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webAppUrl")]
    [InlineData("botName")]
    [InlineData("botAppId")]
    public void Template_outputs(string output)
    {
        var value = template.Root.GetProperty("outputs").GetProperty(output);

        Assert.Equal("string", value.GetProperty("type").GetString());
        Assert.StartsWith("[", value.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Web_app_url_is_https()
    {
        var url = template.Root.GetProperty("outputs").GetProperty("webAppUrl").GetProperty("value").GetString();

        Assert.StartsWith("[format('https://{0}', reference(resourceId('Microsoft.Web/sites'", url, StringComparison.Ordinal);
    }
}

namespace TrialBot.Deployment.Tests;

public sealed class TemplateResourceTests
{
    private const string IdentityType = "Microsoft.ManagedIdentity/userAssignedIdentities";
    private const string KeyVaultSecretsUserRoleId = "4633458b-17de-408a-b874-0445c86b69e6";

    private readonly ArmTemplate _template = ArmTemplate.Load();

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
    public void TemplateDeploysResourceType(string type)
    {
        Assert.NotEmpty(_template.ResourcesOfType(type));
    }

    [Fact]
    public void EveryResourcePinsAnApiVersion()
    {
        Assert.All(_template.Resources, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}(-preview)?$", r.GetProperty("apiVersion").GetString()));
    }

    [Fact]
    public void AppServicePlanIsLinux()
    {
        var plan = _template.ResourcesOfType("Microsoft.Web/serverfarms").Single();

        Assert.Equal("linux", plan.GetProperty("kind").GetString());
        Assert.True(plan.GetProperty("properties").GetProperty("reserved").GetBoolean());
    }

    [Fact]
    public void WebAppRunsAsTheUserAssignedIdentityAndReadsKeyVaultWithIt()
    {
        var identity = _template.WebApp.GetProperty("identity");
        var assigned = Assert.Single(identity.GetProperty("userAssignedIdentities").EnumerateObject());

        Assert.Equal("UserAssigned", identity.GetProperty("type").GetString());
        Assert.Contains(IdentityType, assigned.Name, StringComparison.Ordinal);
        Assert.Equal($"[{assigned.Name.Trim('[', ']')}]", _template.WebApp.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
    }

    [Fact]
    public void BotIsAnAzureBotWhoseIdentityFollowsTheAppTypeParameter()
    {
        var bot = _template.ResourcesOfType("Microsoft.BotService/botServices").Single();
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
    public void BotEndpointIsTheWebAppsMessagesRoute()
    {
        var endpoint = _template.ResourcesOfType("Microsoft.BotService/botServices").Single()
            .GetProperty("properties").GetProperty("endpoint").GetString();

        Assert.Contains("'https://{0}/api/messages'", endpoint, StringComparison.Ordinal);
        Assert.Contains("resourceId('Microsoft.Web/sites'", endpoint, StringComparison.Ordinal);
        Assert.Contains(".defaultHostName", endpoint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DirectLineChannel")]
    [InlineData("MsTeamsChannel")]
    [InlineData("SmsChannel")]
    public void BotHasChannel(string channelName)
    {
        var channel = _template.Channel(channelName);

        Assert.EndsWith($"'{channelName}')]", channel.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("global", channel.GetProperty("location").GetString());
    }

    [Fact]
    public void TeamsChannelIsEnabledWithoutCalling()
    {
        var teams = _template.Channel("MsTeamsChannel").GetProperty("properties").GetProperty("properties");

        Assert.True(teams.GetProperty("isEnabled").GetBoolean());
        Assert.False(teams.GetProperty("enableCalling").GetBoolean());
    }

    [Fact]
    public void DirectLineSiteIsVersionThreeOnly()
    {
        var site = Assert.Single(_template.Channel("DirectLineChannel").GetProperty("properties").GetProperty("properties").GetProperty("sites").EnumerateArray());

        Assert.True(site.GetProperty("isEnabled").GetBoolean());
        Assert.True(site.GetProperty("isV3Enabled").GetBoolean());
        Assert.False(site.GetProperty("isV1Enabled").GetBoolean());
    }

    [Fact]
    public void SmsChannelTakesTwilioDetailsFromParameters()
    {
        var sms = _template.Channel("SmsChannel").GetProperty("properties").GetProperty("properties");

        Assert.Equal("twilioPhoneNumber", ArmTemplate.DirectParameter(sms.GetProperty("phone").GetString()!));
        Assert.Equal("twilioAccountSid", ArmTemplate.DirectParameter(sms.GetProperty("accountSID").GetString()!));
        Assert.Equal("twilioAuthToken", ArmTemplate.DirectParameter(sms.GetProperty("authToken").GetString()!));
        Assert.True(sms.GetProperty("isEnabled").GetBoolean());
        Assert.Equal("securestring", _template.Parameters["twilioAccountSid"].GetProperty("type").GetString());
        Assert.Equal("securestring", _template.Parameters["twilioAuthToken"].GetProperty("type").GetString());
    }

    [Fact]
    public void SmsChannelIsDeployedOnlyWithATwilioNumber()
    {
        var condition = _template.Channel("SmsChannel").GetProperty("condition").GetString();
        var smsEnabled = _template.Root.GetProperty("variables").GetProperty("smsEnabled").GetString();

        Assert.Equal("[variables('smsEnabled')]", condition);
        Assert.Equal("[not(empty(parameters('twilioPhoneNumber')))]", smsEnabled);
    }

    [Fact]
    public void IdentityMayReadKeyVaultSecrets()
    {
        var assignment = _template.ResourcesOfType("Microsoft.Authorization/roleAssignments").Single();
        var properties = assignment.GetProperty("properties");
        var roleVariable = _template.Root.GetProperty("variables").GetProperty("keyVaultSecretsUserRoleId").GetString();

        Assert.StartsWith("[format('Microsoft.KeyVault/vaults/{0}'", assignment.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(KeyVaultSecretsUserRoleId, roleVariable);
        Assert.Contains("variables('keyVaultSecretsUserRoleId')", properties.GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
        Assert.Contains($"reference(resourceId('{IdentityType}'", properties.GetProperty("principalId").GetString(), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", properties.GetProperty("principalType").GetString());
    }

    [Fact]
    public void KeyVaultUsesRoleBasedAccessAndSoftDelete()
    {
        var vault = _template.ResourcesOfType("Microsoft.KeyVault/vaults").Single().GetProperty("properties");

        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.True(vault.GetProperty("enableSoftDelete").GetBoolean());
    }

    [Fact]
    public void PostgreSqlRequiresTls()
    {
        var setting = _template.ResourcesOfType("Microsoft.DBforPostgreSQL/flexibleServers/configurations").Single();

        Assert.Contains("'require_secure_transport'", setting.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("ON", setting.GetProperty("properties").GetProperty("value").GetString());
    }

    [Fact]
    public void PostgreSqlAdministratorComesFromParameters()
    {
        var server = _template.ResourcesOfType("Microsoft.DBforPostgreSQL/flexibleServers").Single().GetProperty("properties");

        Assert.Equal("postgresAdminLogin", ArmTemplate.DirectParameter(server.GetProperty("administratorLogin").GetString()!));
        Assert.Equal("postgresAdminPassword", ArmTemplate.DirectParameter(server.GetProperty("administratorLoginPassword").GetString()!));
    }

    [Fact]
    public void ApplicationInsightsIsWorkspaceBased()
    {
        var insights = _template.ResourcesOfType("Microsoft.Insights/components").Single().GetProperty("properties");

        Assert.Contains("resourceId('Microsoft.OperationalInsights/workspaces'", insights.GetProperty("WorkspaceResourceId").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webAppUrl")]
    [InlineData("botName")]
    [InlineData("botAppId")]
    public void TemplateOutputs(string output)
    {
        var value = _template.Root.GetProperty("outputs").GetProperty(output);

        Assert.Equal("string", value.GetProperty("type").GetString());
        Assert.StartsWith("[", value.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WebAppUrlIsHttps()
    {
        var url = _template.Root.GetProperty("outputs").GetProperty("webAppUrl").GetProperty("value").GetString();

        Assert.StartsWith("[format('https://{0}', reference(resourceId('Microsoft.Web/sites'", url, StringComparison.Ordinal);
    }
}

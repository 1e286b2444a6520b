using System.Text.RegularExpressions;

namespace TrialBot.Deployment.Tests;

public sealed partial class TemplateParameterTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    [Fact]
    public void TemplateIsAnArmDeploymentTemplate()
    {
        Assert.StartsWith("https://schema.management.azure.com/schemas/", _template.Root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/deploymentTemplate.json#", _template.Root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(_template.Resources);
    }

    [Fact]
    public void EveryParameterTheTemplateReadsIsDeclared()
    {
        var undeclared = _template.UsedParameterNames.Except(_template.Parameters.Keys).Order().ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void EveryDeclaredParameterIsRead()
    {
        var unused = _template.Parameters.Keys.Except(_template.UsedParameterNames).Order().ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void EverySecretParameterIsSecureString()
    {
        var secrets = _template.Parameters.Where(p => SecretName().IsMatch(p.Key)).ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, p => Assert.True(
            p.Value.GetProperty("type").GetString() == "securestring",
            $"{p.Key} holds a secret but is of type {p.Value.GetProperty("type").GetString()}."));
    }

    [Fact]
    public void SecureStringParametersHaveNoDefaultSecret()
    {
        var secure = _template.Parameters.Where(p => p.Value.GetProperty("type").GetString() == "securestring").ToList();

        Assert.All(secure, p => Assert.True(
            !p.Value.TryGetProperty("defaultValue", out var value) || value.GetString() == string.Empty,
            $"{p.Key} has a default value."));
    }

    [Fact]
    public void EveryParameterSaysWhatItMeans()
    {
        Assert.All(_template.Parameters, p => Assert.False(
            string.IsNullOrWhiteSpace(p.Value.GetProperty("metadata").GetProperty("description").GetString()),
            $"{p.Key} has no description."));
    }

    [Theory]
    [InlineData("wuhanUnionPhone")]
    [InlineData("wuhanUnionEmail")]
    [InlineData("shanghaiRenjiPhone")]
    [InlineData("shanghaiRenjiEmail")]
    public void SiteContactsDefaultToEmptyBecauseTheStudyTeamProvidesThem(string parameter)
    {
        var declared = _template.Parameters[parameter];

        Assert.Equal("string", declared.GetProperty("type").GetString());
        Assert.Equal(string.Empty, declared.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void BotIdentityTypeIsSingleTenantOrUserAssignedManagedIdentity()
    {
        var allowed = _template.Parameters["microsoftAppType"].GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString());

        Assert.Equal(["SingleTenant", "UserAssignedMSI"], allowed.Order());
    }

    [Fact]
    public void DirectLineModeIsSelfHostedOrAzure()
    {
        var allowed = _template.Parameters["directLineMode"].GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString());

        Assert.Equal(["Azure", "SelfHosted"], allowed.Order());
    }

    [GeneratedRegex("password|token|key|secret|sid|connectionstring", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}

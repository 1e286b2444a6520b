using System.Text.RegularExpressions;

namespace TrialBot.Deployment.Tests;

public sealed partial class TemplateParameterTests
{
    private readonly ArmTemplate template = ArmTemplate.Load();

    [Fact]
    public void Template_is_an_arm_deployment_template()
    {
        Assert.StartsWith("https://schema.management.azure.com/schemas/", template.Root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/deploymentTemplate.json#", template.Root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(template.Resources);
    }

    [Fact]
    public void Every_parameter_the_template_reads_is_declared()
    {
        var undeclared = template.UsedParameterNames.Except(template.Parameters.Keys).Order().ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_declared_parameter_is_read()
    {
        var unused = template.Parameters.Keys.Except(template.UsedParameterNames).Order().ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void Every_secret_parameter_is_secure_string()
    {
        var secrets = template.Parameters.Where(p => SecretName().IsMatch(p.Key)).ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, p => Assert.True(
            p.Value.GetProperty("type").GetString() == "securestring",
            $"{p.Key} holds a secret but is of type {p.Value.GetProperty("type").GetString()}."));
    }

    [Fact]
    public void Secure_string_parameters_have_no_default_secret()
    {
        var secure = template.Parameters.Where(p => p.Value.GetProperty("type").GetString() == "securestring").ToList();

        Assert.All(secure, p => Assert.True(
            !p.Value.TryGetProperty("defaultValue", out var value) || value.GetString() == string.Empty,
            $"{p.Key} has a default value."));
    }

    [Fact]
    public void Every_parameter_says_what_it_means()
    {
        Assert.All(template.Parameters, p => Assert.False(
            string.IsNullOrWhiteSpace(p.Value.GetProperty("metadata").GetProperty("description").GetString()),
            $"{p.Key} has no description."));
    }

    [Theory]
    [InlineData("wuhanUnionPhone")]
    [InlineData("wuhanUnionEmail")]
    [InlineData("shanghaiRenjiPhone")]
    [InlineData("shanghaiRenjiEmail")]
    public void Site_contacts_default_to_empty_because_the_study_team_provides_them(string parameter)
    {
        var declared = template.Parameters[parameter];

        Assert.Equal("string", declared.GetProperty("type").GetString());
        Assert.Equal(string.Empty, declared.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void Bot_identity_type_is_single_tenant_or_user_assigned_managed_identity()
    {
        var allowed = template.Parameters["microsoftAppType"].GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString());

        Assert.Equal(["SingleTenant", "UserAssignedMSI"], allowed.Order());
    }

    [Fact]
    public void Direct_line_mode_is_self_hosted_or_azure()
    {
        var allowed = template.Parameters["directLineMode"].GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString());

        Assert.Equal(["Azure", "SelfHosted"], allowed.Order());
    }

    [GeneratedRegex("password|token|key|secret|sid|connectionstring", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrialBot.Deployment.Tests;

public sealed partial class TemplateSecretTests
{
    private readonly ArmTemplate template = ArmTemplate.Load();

    public static TheoryData<string> SecretSettings => new()
    {
        "MicrosoftAppPassword",
        "Storage__ConnectionString",
        "DirectLine__TokenSigningKey",
        "Referrals__ApiKey",
        "Telemetry__ConversationIdHashKey",
    };

    [Theory]
    [MemberData(nameof(SecretSettings))]
    public void Secret_setting_is_a_key_vault_reference(string setting)
    {
        var resolved = ResolveVariables(template.AppSettings[setting]);

        Assert.Contains("@Microsoft.KeyVault(SecretUri=", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("parameters(", template.AppSettings[setting], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SecretSettings))]
    public void Secret_setting_points_at_a_secret_the_template_creates(string setting)
    {
        var secretKey = SecretNameKey().Match(ResolveVariables(template.AppSettings[setting])).Groups["key"].Value;
        var created = template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets").Select(r => r.GetProperty("name").GetString());

        Assert.NotEmpty(secretKey);
        Assert.Contains(created, name => name!.Contains($"variables('secretNames').{secretKey})", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_vault_references_use_the_vault_the_template_creates()
    {
        var variables = template.Root.GetProperty("variables");

        Assert.Equal("@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)", variables.GetProperty("secretReferenceFormat").GetString());
        Assert.Equal("[format('https://{0}{1}/', variables('keyVaultName'), environment().suffixes.keyvaultDns)]", variables.GetProperty("keyVaultUri").GetString());
        Assert.Contains(template.ResourcesOfType("Microsoft.KeyVault/vaults"), v => v.GetProperty("name").GetString() == "[variables('keyVaultName')]");
    }

    [Fact]
    public void Every_secret_in_key_vault_comes_from_secure_string_parameters()
    {
        var secrets = template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets").ToList();

        Assert.All(secrets, secret =>
        {
            var value = secret.GetProperty("properties").GetProperty("value").GetString()!;
            var read = ParametersIn(value);
            Assert.Contains(read, p => template.Parameters[p].GetProperty("type").GetString() == "securestring");
        });
    }

    [Theory]
    [InlineData("administratorLoginPassword")]
    [InlineData("accountSID")]
    [InlineData("authToken")]
    public void Secret_property_is_a_secure_string_parameter(string property)
    {
        var found = JsonFile.PropertiesNamed(template.Root.GetProperty("resources"), property).ToList();

        Assert.NotEmpty(found);
        Assert.All(found, p =>
        {
            var parameter = ArmTemplate.DirectParameter(p.Value.GetString()!);
            Assert.NotNull(parameter);
            Assert.Equal("securestring", template.Parameters[parameter].GetProperty("type").GetString());
        });
    }

    [Fact]
    public void Storage_connection_string_requires_verified_tls()
    {
        var secret = template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets")
            .Single(r => r.GetProperty("name").GetString()!.Contains("storageConnectionString", StringComparison.Ordinal));
        var value = secret.GetProperty("properties").GetProperty("value").GetString()!;

        Assert.Contains("SSL Mode=VerifyFull", value, StringComparison.Ordinal);
        Assert.Contains("parameters('postgresAdminPassword')", value, StringComparison.Ordinal);
        Assert.Contains(".fullyQualifiedDomainName", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_holds_no_literal_credential()
    {
        var suspicious = JsonFile.Strings(template.Root)
            .Where(s => !s.StartsWith('[') && !Guid.TryParse(s, out _) && !Uri.IsWellFormedUriString(s, UriKind.Absolute))
            .Where(s => CredentialLike().IsMatch(s))
            .ToList();

        Assert.Empty(suspicious);
    }

    [Fact]
    public void No_setting_holds_a_secret_literally()
    {
        Assert.All(template.AppSettings, s => Assert.DoesNotMatch(@"(?i)(password|pwd|secret|token)\s*=", s.Value));
    }

    private static IEnumerable<string> ParametersIn(string expression) =>
        ParameterCall().Matches(expression).Select(m => m.Groups["name"].Value);

    /// <summary>The expression with the text of every variable it reads appended, followed transitively.</summary>
    private string ResolveVariables(string expression)
    {
        var variables = template.Root.GetProperty("variables");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([expression]);
        var text = new List<string>();
        while (pending.TryDequeue(out var current))
        {
            text.Add(current);
            foreach (var name in VariableCall().Matches(current).Select(m => m.Groups["name"].Value).Where(seen.Add))
            {
                pending.Enqueue(variables.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : variables.GetProperty(name).GetRawText());
            }
        }

        return string.Join('\n', text);
    }

    [GeneratedRegex(@"parameters\('(?<name>[^']+)'\)")]
    private static partial Regex ParameterCall();

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableCall();

    [GeneratedRegex(@"variables\('secretNames'\)\.(?<key>\w+)")]
    private static partial Regex SecretNameKey();

    // A run of 24 or more key-like characters mixing letters and digits, as passwords, tokens and keys look.
    [GeneratedRegex(@"(?=[A-Za-z0-9+/=_\-]*\d)(?=[A-Za-z0-9+/=_\-]*[A-Za-z])[A-Za-z0-9+/=_\-]{24,}")]
    private static partial Regex CredentialLike();
}

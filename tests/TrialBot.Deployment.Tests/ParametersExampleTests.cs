using System.Text.Json;

namespace TrialBot.Deployment.Tests;

public sealed class ParametersExampleTests
{
    private readonly ArmTemplate template = ArmTemplate.Load();

    private readonly JsonElement example =
        JsonFile.Read(RepositoryRoot.PathOf("deploymentTemplates", "azuredeploy.parameters.example.json"));

    private IReadOnlyDictionary<string, JsonElement> ExampleParameters =>
        example.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void Example_is_an_arm_parameters_file()
    {
        Assert.EndsWith("/deploymentParameters.json#", example.GetProperty("$schema").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Example_names_only_declared_parameters()
    {
        Assert.Empty(ExampleParameters.Keys.Except(template.Parameters.Keys));
    }

    [Fact]
    public void Example_lists_every_parameter_without_a_default()
    {
        var required = template.Parameters.Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Key);

        Assert.Empty(required.Except(ExampleParameters.Keys));
    }

    [Fact]
    public void Example_holds_no_secret()
    {
        var secure = template.Parameters.Where(p => p.Value.GetProperty("type").GetString() == "securestring").Select(p => p.Key);

        Assert.All(secure.Where(ExampleParameters.ContainsKey), name =>
        {
            var value = ExampleParameters[name].GetProperty("value").GetString();
            Assert.True(value == string.Empty, $"{name} has a value in the example: leave secrets empty and pass them on the command line.");
        });
    }

    [Fact]
    public void Example_invents_no_study_contact()
    {
        string[] contacts = ["wuhanUnionPhone", "wuhanUnionEmail", "shanghaiRenjiPhone", "shanghaiRenjiEmail"];

        Assert.All(contacts, c => Assert.Equal(string.Empty, ExampleParameters[c].GetProperty("value").GetString()));
    }

    [Fact]
    public void Example_values_are_allowed()
    {
        foreach (var (name, value) in ExampleParameters)
        {
            if (template.Parameters[name].TryGetProperty("allowedValues", out var allowed))
            {
                Assert.Contains(value.GetProperty("value").GetString(), allowed.EnumerateArray().Select(a => a.GetString()));
            }
        }
    }
}

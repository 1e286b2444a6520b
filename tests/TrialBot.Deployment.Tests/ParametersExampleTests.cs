using System.Text.Json;

namespace TrialBot.Deployment.Tests;

public sealed class ParametersExampleTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    private readonly JsonElement _example =
        JsonFile.Read(RepositoryRoot.PathOf("deploymentTemplates", "azuredeploy.parameters.example.json"));

    private IReadOnlyDictionary<string, JsonElement> ExampleParameters =>
        _example.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void ExampleIsAnArmParametersFile()
    {
        Assert.EndsWith("/deploymentParameters.json#", _example.GetProperty("$schema").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleNamesOnlyDeclaredParameters()
    {
        Assert.Empty(ExampleParameters.Keys.Except(_template.Parameters.Keys));
    }

    [Fact]
    public void ExampleListsEveryParameterWithoutADefault()
    {
        var required = _template.Parameters.Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Key);

        Assert.Empty(required.Except(ExampleParameters.Keys));
    }

    [Fact]
    public void ExampleHoldsNoSecret()
    {
        var secure = _template.Parameters.Where(p => p.Value.GetProperty("type").GetString() == "securestring").Select(p => p.Key);

        Assert.All(secure.Where(ExampleParameters.ContainsKey), name =>
        {
            var value = ExampleParameters[name].GetProperty("value").GetString();
            Assert.True(value == string.Empty, $"{name} has a value in the example: leave secrets empty and pass them on the command line.");
        });
    }

    [Fact]
    public void ExampleInventsNoStudyContact()
    {
        string[] contacts = ["wuhanUnionPhone", "wuhanUnionEmail", "shanghaiRenjiPhone", "shanghaiRenjiEmail"];

        Assert.All(contacts, c => Assert.Equal(string.Empty, ExampleParameters[c].GetProperty("value").GetString()));
    }

    [Fact]
    public void ExampleValuesAreAllowed()
    {
        foreach (var (name, value) in ExampleParameters)
        {
            if (_template.Parameters[name].TryGetProperty("allowedValues", out var allowed))
            {
                Assert.Contains(value.GetProperty("value").GetString(), allowed.EnumerateArray().Select(a => a.GetString()));
            }
        }
    }
}

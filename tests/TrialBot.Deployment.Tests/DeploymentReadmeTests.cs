namespace TrialBot.Deployment.Tests;

public sealed class DeploymentReadmeTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    private readonly string _readme = File.ReadAllText(RepositoryRoot.PathOf("deploymentTemplates", "README.md"));

    [Fact]
    public void ReadmeExplainsEveryParameter()
    {
        var missing = _template.Parameters.Keys.Where(p => !_readme.Contains($"| `{p}` |", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Fact]
    public void ReadmeListsEveryAppSetting()
    {
        var missing = _template.AppSettings.Keys.Where(s => !_readme.Contains($"`{s}`", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("az group create")]
    [InlineData("az deployment group create --resource-group RESOURCE_GROUP --name trialbot --template-file deploymentTemplates/azuredeploy.json --parameters @deploymentTemplates/azuredeploy.parameters.json")]
    [InlineData("scripts/package-teams-app BOT_APP_ID")]
    [InlineData("Storage__Provider=postgres")]
    public void ReadmeShowsCommand(string command)
    {
        Assert.Contains(command, _readme, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeCopiesTheExampleParametersToTheFileTheDeployCommandReads()
    {
        Assert.Contains(
            "cp deploymentTemplates/azuredeploy.parameters.example.json deploymentTemplates/azuredeploy.parameters.json",
            _readme,
            StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryRoot.PathOf("deploymentTemplates", "azuredeploy.parameters.example.json")));
    }
}

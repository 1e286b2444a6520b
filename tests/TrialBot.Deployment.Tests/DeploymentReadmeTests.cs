namespace TrialBot.Deployment.Tests;

public sealed class DeploymentReadmeTests
{
    private readonly ArmTemplate template = ArmTemplate.Load();

    private readonly string readme = File.ReadAllText(RepositoryRoot.PathOf("deploymentTemplates", "README.md"));

    [Fact]
    public void Readme_explains_every_parameter()
    {
        var missing = template.Parameters.Keys.Where(p => !readme.Contains($"| `{p}` |", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Fact]
    public void Readme_lists_every_app_setting()
    {
        var missing = template.AppSettings.Keys.Where(s => !readme.Contains($"`{s}`", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("az group create")]
    [InlineData("az deployment group create --resource-group RESOURCE_GROUP --name trialbot --template-file deploymentTemplates/azuredeploy.json --parameters @deploymentTemplates/azuredeploy.parameters.json")]
    [InlineData("scripts/package-teams-app BOT_APP_ID")]
    [InlineData("Storage__Provider=postgres")]
    public void Readme_shows_command(string command)
    {
        Assert.Contains(command, readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_copies_the_example_parameters_to_the_file_the_deploy_command_reads()
    {
        Assert.Contains(
            "cp deploymentTemplates/azuredeploy.parameters.example.json deploymentTemplates/azuredeploy.parameters.json",
            readme,
            StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryRoot.PathOf("deploymentTemplates", "azuredeploy.parameters.example.json")));
    }
}

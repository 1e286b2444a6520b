using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

public class DialogSetTests
{
    private static DialogSet Build(string rootId, int steps, Dialog prompt) => new DialogSet()
        .Add(new WaterfallDialog(rootId, Enumerable.Repeat<WaterfallStep>((step, cancellationToken) => step.NextAsync(null, cancellationToken), steps)))
        .Add(prompt);

    [Fact]
    public void TheComputedVersionIsStableForTheSameDialogs()
    {
        Assert.Equal(Build("root", 2, new TextPrompt("name")).ComputeVersion(), Build("root", 2, new TextPrompt("name")).ComputeVersion());
        Assert.Matches("^[0-9a-f]{16}$", Build("root", 2, new TextPrompt("name")).ComputeVersion());
    }

    [Fact]
    public void RenamingAddingStepsOrChangingAPromptsTypeChangesTheVersion()
    {
        var original = Build("root", 2, new TextPrompt("name")).ComputeVersion();

        Assert.NotEqual(original, Build("root-v2", 2, new TextPrompt("name")).ComputeVersion());
        Assert.NotEqual(original, Build("root", 3, new TextPrompt("name")).ComputeVersion());
        Assert.NotEqual(original, Build("root", 2, new NumberPrompt<int>("name")).ComputeVersion());
    }

    [Fact]
    public void DialogIdsAreUniqueInASet()
    {
        var dialogs = new DialogSet().Add(new TextPrompt("x"));

        Assert.Throws<ArgumentException>(() => dialogs.Add(new TextPrompt("x")));
        Assert.Null(dialogs.Find("y"));
    }
}

using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

public class DialogSetTests
{
    private static DialogSet Build(string rootId, int steps, Dialog prompt) => new DialogSet()
        .Add(new WaterfallDialog(rootId, Enumerable.Repeat<WaterfallStep>((step, cancellationToken) => step.NextAsync(null, cancellationToken), steps)))
        .Add(prompt);

    [Fact]
    public void The_computed_version_is_stable_for_the_same_dialogs()
    {
        Assert.Equal(Build("root", 2, SamplePrompts.Words("name")).ComputeVersion(), Build("root", 2, SamplePrompts.Words("name")).ComputeVersion());
        Assert.Matches("^[0-9a-f]{16}$", Build("root", 2, SamplePrompts.Words("name")).ComputeVersion());
    }

    [Fact]
    public void Renaming_adding_steps_or_changing_a_prompts_type_changes_the_version()
    {
        var original = Build("root", 2, SamplePrompts.Words("name")).ComputeVersion();

        Assert.NotEqual(original, Build("root-v2", 2, SamplePrompts.Words("name")).ComputeVersion());
        Assert.NotEqual(original, Build("root", 3, SamplePrompts.Words("name")).ComputeVersion());
        Assert.NotEqual(original, Build("root", 2, SamplePrompts.Age("name")).ComputeVersion());
    }

    [Fact]
    public void Dialog_ids_are_unique_in_a_set()
    {
        var dialogs = new DialogSet().Add(SamplePrompts.Words("x"));

        Assert.Throws<ArgumentException>(() => dialogs.Add(SamplePrompts.Words("x")));
        Assert.Null(dialogs.Find("y"));
    }
}

using System.Reflection;

namespace TrialBot.Dialogs.Tests;

/// <summary>
/// The dialog engine knows no trial: of the project's own assemblies it references only the trial-free base of
/// recognition, and that base references none of them.
/// </summary>
public sealed class EngineReferencesTests
{
    [Fact]
    public void The_engine_references_only_the_trial_free_base_of_recognition()
    {
        var own = OwnReferences(typeof(DialogRunner).Assembly);

        Assert.Equal(["TrialBot.Recognition.Core"], own);
    }

    [Fact]
    public void The_trial_free_base_of_recognition_references_none_of_the_projects_assemblies()
    {
        var core = typeof(DialogRunner).Assembly.GetReferencedAssemblies().Single(name => name.Name == "TrialBot.Recognition.Core");

        Assert.Empty(OwnReferences(Assembly.Load(core)));
    }

    private static List<string> OwnReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(name => name.Name!).Where(name => name.StartsWith("TrialBot.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}

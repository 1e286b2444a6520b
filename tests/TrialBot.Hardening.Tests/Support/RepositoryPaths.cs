namespace TrialBot.Hardening.Tests.Support;

/// <summary>Folders of the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The widget's page and scripts, which the host serves at /.</summary>
    public static string WidgetRoot => Path.Combine(Root, "src", "TrialBot", "wwwroot");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrialBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TrialBot.sln above {AppContext.BaseDirectory}.");
    }
}

namespace TrialBot.Widget.Tests.Support;

/// <summary>Places in the repository the tests read from or write to.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries holding TrialBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The host's static files (the page), including the Web Chat bundle the host's build copies into lib/.</summary>
    public static string HostWebRoot => Path.Combine(Root, "src", "TrialBot", "wwwroot");

    /// <summary>Where the screenshots go for people to look at (git ignores TestResults/).</summary>
    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "TestResults", "Widget")).FullName;

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

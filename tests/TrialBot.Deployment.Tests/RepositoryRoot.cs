namespace TrialBot.Deployment.Tests;

/// <summary>The checked-out repository: the folder that holds TrialBot.sln, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The absolute path of a file or folder given relative to the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TrialBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No TrialBot.sln above {AppContext.BaseDirectory}.");
    }
}

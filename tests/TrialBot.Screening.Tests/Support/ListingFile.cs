namespace TrialBot.Screening.Tests.Support;

/// <summary>
/// Reads the trial listing kept in the repository beside the definition it justifies
/// (<c>trials/NCT05765006.listing.txt</c>), found from the test's output folder up to the folder of TrialBot.sln.
/// </summary>
internal static class ListingFile
{
    private const string RelativePath = "trials/NCT05765006.listing.txt";

    /// <summary>Reads the listing's text.</summary>
    /// <returns>The text.</returns>
    public static string Read()
    {
        var path = Path.Combine(RepositoryRoot().FullName, RelativePath);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"The listing {RelativePath} is missing from the repository {RepositoryRoot().FullName}.", path);
    }

    /// <summary>Reads the file at <paramref name="relativePath"/> from the repository root.</summary>
    /// <returns>The text.</returns>
    public static string ReadRepositoryFile(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot().FullName, relativePath));

    /// <summary>The full path of <paramref name="relativePath"/> in the repository.</summary>
    /// <returns>The path.</returns>
    public static string RepositoryPath(string relativePath) => Path.Combine(RepositoryRoot().FullName, relativePath);

    private static DirectoryInfo RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TrialBot.sln")))
            {
                return directory;
            }
        }

        throw new DirectoryNotFoundException($"No TrialBot.sln above {AppContext.BaseDirectory}.");
    }
}

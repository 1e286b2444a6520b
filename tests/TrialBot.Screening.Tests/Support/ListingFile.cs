namespace TrialBot.Screening.Tests.Support;

/// <summary>
/// The trial listing the definition must quote: <c>shared/seed/NCT05765006-listing.txt</c> beside the repository (in CI
/// <c>../shared/seed/</c> from the folder holding TrialBot.sln), found by walking up from the test output.
/// </summary>
internal static class ListingFile
{
    private const string RelativePath = "shared/seed/NCT05765006-listing.txt";

    public static string Read()
    {
        for (var directory = RepositoryRoot().Parent; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException($"The listing {RelativePath} was not found beside the repository {RepositoryRoot().FullName} or above it.");
    }

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

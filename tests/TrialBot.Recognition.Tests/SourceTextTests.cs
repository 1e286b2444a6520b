namespace TrialBot.Recognition.Tests;

/// <summary>
/// No source, trial or corpus file holds an invisible control character: a backspace typed where a regular expression
/// meant <c>\b</c> once made the dates of birth with the month in words match nothing, and nothing showed it.
/// </summary>
public sealed class SourceTextTests
{
    private static readonly string[] Extensions = [".cs", ".json", ".tsv", ".md"];
    private static readonly string[] Folders = ["src", "dialogs", "trials", "tests", "bench"];

    [Fact]
    public void No_file_of_the_repository_holds_a_control_character_other_than_tab_and_line_ends()
    {
        var root = RepositoryRoot();
        var found = Folders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(entry => entry.line.Any(c => char.IsControl(c) && c is not '\t'))
            .Select(entry => $"{Path.GetRelativePath(root, entry.path)}:{entry.number}")
            .ToList();

        Assert.True(found.Count == 0, "Control characters in:\n" + string.Join('\n', found));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TrialBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No TrialBot.sln above {AppContext.BaseDirectory}.");
    }
}

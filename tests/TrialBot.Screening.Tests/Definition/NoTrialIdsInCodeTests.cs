using System.Text.RegularExpressions;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

/// <summary>
/// The trial is data: no C# under src/ or dialogs/ names a trial's criterion or question ids as a string (outside
/// comments), and none names a trial added after the first at all. The ids come from the trial files themselves.
/// </summary>
public partial class NoTrialIdsInCodeTests
{
    /// <summary>A text placeholder that shares its name with a question id: <c>.With("age", …)</c> fills the birthday text.</summary>
    private static readonly string[] PlaceholderUses = [".With("];

    private static readonly string[] CodeFolders = ["src", "dialogs"];

    [Fact]
    public void No_code_under_src_or_dialogs_names_a_criterion_or_question_id_of_a_trial()
    {
        var ids = RepositoryTrials.All
            .SelectMany(trial => trial.Criteria.Select(criterion => criterion.Id).Concat(trial.Questions.Select(question => question.Id)))
            .ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var file in CodeFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var index = 0; index < lines.Length; index++)
            {
                var code = WithoutComment(lines[index]);
                foreach (Match literal in StringLiteral().Matches(code))
                {
                    var value = literal.Groups[1].Value;
                    var placeholder = PlaceholderUses.Any(use => code[..literal.Index].EndsWith(use, StringComparison.Ordinal));
                    if (ids.Contains(value) && !placeholder)
                    {
                        found.Add($"{Relative(file)}:{index + 1}: \"{value}\"");
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "Code names trial ids:\n" + string.Join('\n', found));
    }

    [Fact]
    public void No_code_under_src_or_dialogs_names_a_trial_other_than_the_default()
    {
        var others = RepositoryTrials.All.Select(trial => trial.Id).Where(id => id != TrialFixture.Definition.Id).ToList();
        var found = CodeFiles().Where(file => others.Any(id => File.ReadAllText(file).Contains(id, StringComparison.Ordinal))).Select(Relative).ToList();

        Assert.NotEmpty(others);

        Assert.True(found.Count == 0, "Code names a trial: " + string.Join(", ", found));
    }

    [Fact]
    public void The_check_finds_an_id_written_as_a_string()
    {
        var code = WithoutComment("        var age = answers.Get(\"age\"); // \"consent\" in a comment does not count");

        Assert.Equal(["age"], StringLiteral().Matches(code).Select(match => match.Groups[1].Value));
    }

    private static IEnumerable<string> CodeFiles() =>
        CodeFolders
            .Select(ListingFile.RepositoryPath)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string WithoutComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    private static string Relative(string file) => Path.GetRelativePath(ListingFile.RepositoryPath("."), file);

    [GeneratedRegex("\"([^\"\\\\]*)\"")]
    private static partial Regex StringLiteral();
}

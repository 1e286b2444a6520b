using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Style;

/// <summary>
/// The repository's one code style: .editorconfig holds it and the build enforces it (fields, namespaces); test names,
/// which .editorconfig cannot tell from other methods, are checked here: every [Fact] or [Theory] is a sentence with
/// underscores (<c>Each_answer_is_kept_as_said</c>), never a PascalCase run of words.
/// </summary>
public sealed partial class CodeStyleTests
{
    [Fact]
    public void The_build_enforces_the_editorconfig()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var enforced = props.Descendants("EnforceCodeStyleInBuild").Select(element => element.Value.Trim()).ToList();
        var editorConfig = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".editorconfig"));

        Assert.Equal(["true"], enforced);
        Assert.Contains("root = true", editorConfig, StringComparison.Ordinal);
        Assert.Contains("dotnet_naming_rule.instance_fields_are_camel_case.severity = warning", editorConfig, StringComparison.Ordinal);
        Assert.Contains("TreatWarningsAsErrors>true<", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_test_is_named_as_a_sentence_with_underscores()
    {
        var testsFolder = Path.Combine(RepositoryPaths.Root, "tests");
        var wrong = Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .SelectMany(file => TestNames(File.ReadAllText(file)).Where(name => !IsSentence(name)).Select(name => $"{Path.GetRelativePath(RepositoryPaths.Root, file)}: {name}"))
            .ToList();

        Assert.True(wrong.Count == 0, "Tests named as PascalCase runs of words:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void The_check_finds_the_test_methods_and_tells_a_sentence_from_a_run_of_words()
    {
        // Written with a placeholder so that this sample is not itself found by the check over the repository.
        var source = """
            [F@ct]
            public void Answers_are_kept_as_said() { }

            [The@ry]
            [InlineData(1)]
            public async Task ReadsTheDoseInMg(int value) { }

            public void HelperMethod() { }
            """.Replace("F@ct", "Fact", StringComparison.Ordinal).Replace("The@ry", "Theory", StringComparison.Ordinal);

        Assert.Equal(["Answers_are_kept_as_said", "ReadsTheDoseInMg"], TestNames(source));
        Assert.True(IsSentence("Answers_are_kept_as_said"));
        Assert.True(IsSentence("CSV_export_names_its_columns"));
        Assert.True(IsSentence("Http_200_after_sign_in"));
        Assert.False(IsSentence("ReadsTheDoseInMg"));
        Assert.False(IsSentence("Reads_theDose_in_mg"));
    }

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static List<string> TestNames(string source) => [.. TestMethod().Matches(source).Select(match => match.Groups["name"].Value)];

    /// <summary>A sentence: words joined by underscores, no word with a lower-case letter or digit followed by a capital.</summary>
    private static bool IsSentence(string name) => !Hump().IsMatch(name);

    [GeneratedRegex(@"^\s*\[(?:Fact|Theory)\b[^\n]*\n(?:\s*(?:\[[^\n]*|//[^\n]*)?\n)*?\s*public\s+(?:async\s+)?(?:Task|ValueTask|void)\s+(?<name>\w+)\s*\(", RegexOptions.Multiline)]
    private static partial Regex TestMethod();

    [GeneratedRegex("[a-z0-9][A-Z]")]
    private static partial Regex Hump();
}

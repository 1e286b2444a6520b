using TrialBot.Bench.Reporting;

namespace TrialBot.Bench.Tests;

public sealed class BenchmarksFileTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"benchmarks-{Guid.NewGuid():N}.md");

    [Fact]
    public void Replaces_only_what_is_between_the_markers()
    {
        File.WriteAllText(path, $"# Benchmarks\nMethod.\n{BenchmarksFile.StartMarker}\nold tables\n{BenchmarksFile.EndMarker}\nAnalysis.\n");

        BenchmarksFile.Write(path, "new tables\n");

        Assert.Equal($"# Benchmarks\nMethod.\n{BenchmarksFile.StartMarker}\nnew tables\n{BenchmarksFile.EndMarker}\nAnalysis.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Appends_the_markers_to_a_file_that_has_none()
    {
        File.WriteAllText(path, "# Benchmarks\n");

        BenchmarksFile.Write(path, "tables");

        Assert.Equal($"# Benchmarks\n\n{BenchmarksFile.StartMarker}\ntables\n{BenchmarksFile.EndMarker}\n", File.ReadAllText(path));
    }

    public void Dispose() => File.Delete(path);
}

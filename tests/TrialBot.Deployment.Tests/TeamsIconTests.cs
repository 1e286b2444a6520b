namespace TrialBot.Deployment.Tests;

public sealed class TeamsIconTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("trialbot-icons-").FullName;

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void IconHasTheSizeTeamsRequires(string file, int size)
    {
        var icon = PngImage.Read(Icon(file));

        Assert.Equal(size, icon.Width);
        Assert.Equal(size, icon.Height);
    }

    [Fact]
    public void OutlineIconIsWhiteOnTransparent()
    {
        var pixels = PngImage.Read(Icon("outline.png")).Pixels.ToList();

        Assert.All(pixels, p => Assert.True(p.Alpha == 0 || (p.Red, p.Green, p.Blue) == (255, 255, 255), $"pixel {p} is neither white nor transparent"));
        Assert.Contains(pixels, p => p.Alpha == 0);
        Assert.Contains(pixels, p => p.Alpha == 255);
    }

    [Fact]
    public void ColorIconIsOpaque()
    {
        Assert.All(PngImage.Read(Icon("color.png")).Pixels, p => Assert.Equal(255, p.Alpha));
    }

    [Fact]
    public async Task GeneratorReproducesTheCommittedIcons()
    {
        var run = await ScriptRun.RunAsync(
            "python3",
            [RepositoryRoot.PathOf("deploymentTemplates", "teams", "generate-icons.py"), _scratch],
            new Dictionary<string, string?>());

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(File.ReadAllBytes(Icon("color.png")), File.ReadAllBytes(Path.Combine(_scratch, "color.png")));
        Assert.Equal(File.ReadAllBytes(Icon("outline.png")), File.ReadAllBytes(Path.Combine(_scratch, "outline.png")));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static string Icon(string file) => RepositoryRoot.PathOf("deploymentTemplates", "teams", file);
}

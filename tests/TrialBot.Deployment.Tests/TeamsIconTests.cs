namespace TrialBot.Deployment.Tests;

public sealed class TeamsIconTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("trialbot-icons-").FullName;

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_has_the_size_teams_requires(string file, int size)
    {
        var icon = PngImage.Read(Icon(file));

        Assert.Equal(size, icon.Width);
        Assert.Equal(size, icon.Height);
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var pixels = PngImage.Read(Icon("outline.png")).Pixels.ToList();

        Assert.All(pixels, p => Assert.True(p.Alpha == 0 || (p.Red, p.Green, p.Blue) == (255, 255, 255), $"pixel {p} is neither white nor transparent"));
        Assert.Contains(pixels, p => p.Alpha == 0);
        Assert.Contains(pixels, p => p.Alpha == 255);
    }

    [Fact]
    public void Color_icon_is_opaque()
    {
        Assert.All(PngImage.Read(Icon("color.png")).Pixels, p => Assert.Equal(255, p.Alpha));
    }

    [Fact]
    public async Task Generator_reproduces_the_committed_icons()
    {
        var run = await ScriptRun.RunAsync(
            "python3",
            [RepositoryRoot.PathOf("deploymentTemplates", "teams", "generate-icons.py"), scratch],
            new Dictionary<string, string?>());

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(File.ReadAllBytes(Icon("color.png")), File.ReadAllBytes(Path.Combine(scratch, "color.png")));
        Assert.Equal(File.ReadAllBytes(Icon("outline.png")), File.ReadAllBytes(Path.Combine(scratch, "outline.png")));
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static string Icon(string file) => RepositoryRoot.PathOf("deploymentTemplates", "teams", file);
}

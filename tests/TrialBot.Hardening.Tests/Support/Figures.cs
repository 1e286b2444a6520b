using Xunit.Abstractions;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>Publishes measured figures: to the test's output, and appended to <see cref="HardeningSettings.FiguresFile"/> when set.</summary>
internal static class Figures
{
    private static readonly Lock FileLock = new();

    public static void Publish(ITestOutputHelper output, string heading, IEnumerable<string> lines)
    {
        var all = new[] { $"## {heading}" }.Concat(lines).ToList();
        foreach (var line in all)
        {
            output.WriteLine(line);
        }

        if (HardeningSettings.FiguresFile is { Length: > 0 } path)
        {
            lock (FileLock)
            {
                File.AppendAllLines(path, all.Append(string.Empty));
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using TrialBot.Bench.Hosting;

namespace TrialBot.Bench.Probes;

/// <summary>
/// Runs a probe in a fresh process of this program (<c>dotnet TrialBot.Bench.dll probe …</c>), for figures that need a
/// process of their own: a first call (cold), or resident memory that nothing else has touched.
/// </summary>
internal static class ChildProbe
{
    public static async Task<T> RunAsync<T>(IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(DotnetCommand.Path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(ChildProbe).Assembly.Location);
        start.ArgumentList.Add("probe");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        using var child = new Process { StartInfo = start };
        child.OutputDataReceived += (_, line) => Keep(output, line.Data);
        child.ErrorDataReceived += (_, line) => Keep(errors, line.Data);
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await child.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"The probe '{string.Join(' ', arguments)}' did not finish within {timeout.TotalSeconds} s.");
        }

        child.WaitForExit();
        return ProbeOutput.Read<T>(output) ?? throw new InvalidOperationException(
            $"The probe '{string.Join(' ', arguments)}' exited with {child.ExitCode} and no result: {string.Join(Environment.NewLine, errors.TakeLast(20))}");
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace TrialBot.Integration.Tests.Support;

/// <summary>
/// One host process: <c>dotnet TrialBot.dll --urls http://127.0.0.1:0</c> from the host's build folder, in the
/// Production environment without a bot identity, with the given settings as environment variables. Started when it
/// listens and <c>/readyz</c> answers 200. Its output is kept for failure messages. Disposing kills it if it still runs.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output;

    private HostProcess(string name, Process process, ConcurrentQueue<string> output, Uri address)
    {
        Name = name;
        this.process = process;
        this.output = output;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Name { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Everything the process wrote to standard output and error so far.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    public static async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = HostBuild.Directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(HostBuild.EntryAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Bot__AllowAnonymous"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var output = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void Receive(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            output.Enqueue(line.Data);
            if (ListeningOn().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += Receive;
        process.ErrorDataReceived += Receive;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"Host {name} exited with code {process.ExitCode} before it listened."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var address = await listening.Task.WaitAsync(StartTimeout);
            var host = new HostProcess(name, process, output, address);
            await host.WaitUntilReadyAsync();
            return host;
        }
        catch (Exception failure)
        {
            Kill(process);
            throw new InvalidOperationException($"Host {name} did not start: {failure.Message}\n{string.Join(Environment.NewLine, output)}", failure);
        }
    }

    /// <summary>Kills the process at once (SIGKILL on Linux): nothing is flushed, nothing shuts down.</summary>
    public void Kill()
    {
        Kill(process);
        if (!process.WaitForExit(ExitTimeout))
        {
            throw new InvalidOperationException($"Host {Name} did not die within {ExitTimeout}.");
        }
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        Kill(process);
        process.WaitForExit(ExitTimeout);
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            using (var response = await Client.GetAsync("/readyz", deadline.Token))
            {
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://[0-9.]+:[0-9]+)")]
    private static partial Regex ListeningOn();
}

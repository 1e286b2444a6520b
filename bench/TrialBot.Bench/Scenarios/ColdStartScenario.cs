using System.Diagnostics;
using System.Net;
using TrialBot.Bench.Conversations;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Scenarios;

/// <summary>
/// Scenario 3: cold start. Starts the built host as a child process
/// (<c>dotnet src/TrialBot/bin/Release/net10.0/TrialBot.dll --urls http://127.0.0.1:PORT</c>, Production, anonymous,
/// a fresh SQLite database), and from the moment the process is started polls three things at once: <c>POST /api/messages</c>
/// with a new conversation's first message until it is answered, <c>GET /healthz</c> until it answers 200 (the host is
/// listening) and <c>GET /readyz</c> until it answers 200. Then it
/// goes on with the scripted conversation up to the first answer that needs a Microsoft.Recognizers.Text model (the age)
/// and times that turn. The child is killed at the end.
/// </summary>
internal static class ColdStartScenario
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<ColdStartResult>> RunAsync(BenchProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var results = new List<ColdStartResult>();
        for (var run = 0; run < profile.ColdStartRuns; run++)
        {
            results.Add(await RunOnceAsync(cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<ColdStartResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(RepositoryLayout.HostAssembly))
        {
            return new ColdStartResult(null, null, null, null, $"{RepositoryLayout.HostAssembly} is not built");
        }

        using var storage = StorageChoice.Sqlite();
        var port = LoopbackPort.Free();
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var client = HttpChannel.CreateClient(address);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(GiveUpAfter);

        var started = Stopwatch.GetTimestamp();
        using var host = Process.Start(StartInfo(port, storage)) ?? throw new InvalidOperationException("The host process did not start.");
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        void StopWaiting(object? sender, EventArgs e) => timeout.Cancel();
        host.Exited += StopWaiting;
        host.EnableRaisingEvents = true;
        try
        {
            var listening = PollUntilOkAsync(client, "/healthz", started, timeout.Token);
            var ready = PollUntilOkAsync(client, "/readyz", started, timeout.Token);
            var conversation = ConverseAsync(new HttpChannel(client), started, timeout.Token);
            var (listeningMs, _) = await listening.ConfigureAwait(false);
            var (readyMs, readinessBody) = await ready.ConfigureAwait(false);
            var (firstReplyMs, recognizedTurnMs, error) = await conversation.ConfigureAwait(false);
            return new ColdStartResult(firstReplyMs, readyMs, recognizedTurnMs, readinessBody, error) { ListeningMs = listeningMs };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ColdStartResult(null, null, null, null, host.HasExited
                ? $"the host exited with code {host.ExitCode}"
                : $"no answer within {GiveUpAfter.TotalSeconds} s");
        }
        finally
        {
            host.Exited -= StopWaiting;
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }

            await host.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static ProcessStartInfo StartInfo(int port, StorageChoice storage)
    {
        var start = new ProcessStartInfo(DotnetCommand.Path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(RepositoryLayout.HostAssembly)!,
        };
        foreach (var argument in new[] { RepositoryLayout.HostAssembly, "--urls", $"http://127.0.0.1:{port}", "--Bot:AllowAnonymous=true" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in storage.Settings())
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    private static async Task<(double? Milliseconds, string? Body)> PollUntilOkAsync(HttpClient client, string path, long started, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    return (elapsed, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<(double? FirstReplyMs, double? RecognizedTurnMs, string? Error)> ConverseAsync(HttpChannel channel, long started, CancellationToken cancellationToken)
    {
        var identity = ConversationIdentity.New(ScriptLanguage.English);
        var greeting = ActivityJson.Message(identity, ScriptedAnswers.Greeting(identity.Language), 1);
        TurnReplies replies;
        while (true)
        {
            var outcome = await channel.SendAsync(greeting, cancellationToken).ConfigureAwait(false);
            if (outcome.Replies is { } answered)
            {
                replies = answered;
                break;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        var firstReplyMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        for (var turn = 2; turn < ScriptedConversation.MaxTurns && replies.QuestionId is { } question; turn++)
        {
            var outcome = await channel.SendAsync(ActivityJson.Message(identity, ScriptedAnswers.For(question, identity.Language) ?? "?", turn), cancellationToken).ConfigureAwait(false);
            if (outcome.Replies is null)
            {
                return (firstReplyMs, null, outcome.Failure);
            }

            if (question == "age")
            {
                return (firstReplyMs, outcome.Latency.TotalMilliseconds, null);
            }

            replies = outcome.Replies;
        }

        return (firstReplyMs, null, "the conversation did not reach the age question");
    }
}

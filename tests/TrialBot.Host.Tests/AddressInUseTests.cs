using System.Net;
using System.Net.Sockets;
using TrialBot.Host.Hosting;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>Starting on a port another process listens on gives one line naming the address and --urls, and its own exit code.</summary>
public sealed class AddressInUseTests
{
    [Fact]
    public async Task A_taken_port_gives_one_line_naming_it_and_how_to_choose_another()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)other.LocalEndpoint).Port}";
        await using var app = TrialBotHost.Build(RunningHost.CreateBuilder(bot: null, settings: null, new CapturedLogs(), "Development", "--urls", url));
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var ifItStartedAfterAll = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var exitCode = await TrialBotHost.RunAsync(app, [], new StringReader(string.Empty), output, error, inputIsRedirected: true, ifItStartedAfterAll.Token);

        Assert.Equal(TrialBotHost.AddressInUseExitCode, exitCode);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains(url, line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_port_and_port_zero_are_not_taken()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var freed = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        Assert.Null(AddressInUse.FindTaken([$"http://127.0.0.1:{freed}", "http://127.0.0.1:0"]));
    }
}

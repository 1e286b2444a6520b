using System.Diagnostics;
using TrialBot.Sms.Tests.Support;

namespace TrialBot.Sms.Tests;

/// <summary><c>scripts/sms</c>, the local recipe for trying SMS, against a started host.</summary>
public sealed class SmsScriptTests
{
    [Fact]
    public async Task The_script_signs_a_twilio_request_that_the_host_accepts_and_prints_the_twiml_reply()
    {
        await using var host = await SmsTestHost.StartAsync(bot: null);

        var twiml = await RunAsync("--url", host.WebhookUrl, "--token", SmsTestHost.AuthToken, "hello");
        var text = await RunAsync("--url", host.WebhookUrl, "--token", SmsTestHost.AuthToken, "--from", "+15550100", "--text", "hi");

        Assert.StartsWith("<?xml", twiml, StringComparison.Ordinal);
        Assert.Contains("<Message>Hi, I'm TrialBot", twiml.Replace("&apos;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("Hi, I'm TrialBot", text, StringComparison.Ordinal);
        Assert.Contains("1/22 ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_the_script_fails()
    {
        await using var host = await SmsTestHost.StartAsync(bot: null);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RunAsync("--url", host.WebhookUrl, "--token", "ffffffffffffffffffffffffffffffff", "hello"));

        Assert.Contains("403", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"scripts/sms exited with {process.ExitCode}: {await error} {await output}");
    }

    private static string Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, "scripts", "sms");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new FileNotFoundException("scripts/sms was not found above the test's directory.");
    }
}

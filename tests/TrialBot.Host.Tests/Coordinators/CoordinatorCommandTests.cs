using TrialBot.Host.Coordinators;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Coordinators;

namespace TrialBot.Host.Tests.Coordinators;

public sealed class CoordinatorCommandTests
{
    [Fact]
    public async Task Add_reads_the_password_from_standard_input_stores_only_its_hash_and_the_account_can_sign_in()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        var (code, output, _) = await RunAsync(host, "correct horse battery\n", "coordinators", "add", "Wei.Zhang@Example.org", "--site", "wuhan-union", "--site", "shanghai-renji");

        Assert.Equal(0, code);
        Assert.Equal("Added wei.zhang@example.org for shanghai-renji, wuhan-union.", output.Trim());
        var account = await host.Services.GetRequiredService<ICoordinatorAccountStore>().FindAsync("wei.zhang@example.org");
        Assert.NotNull(account);
        Assert.DoesNotContain("correct horse", account.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(["shanghai-renji", "wuhan-union"], account.SiteIds);
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("wei.zhang@example.org", "correct horse battery");
        Assert.Equal(System.Net.HttpStatusCode.NoContent, signedIn.StatusCode);
    }

    [Fact]
    public async Task List_shows_each_account_with_its_sites_and_remove_removes_one()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await RunAsync(host, "correct horse battery\n", "coordinators", "add", "b@example.org", "--site", "wuhan-union");
        await RunAsync(host, "correct horse battery\n", "coordinators", "add", "a@example.org", "--site", "shanghai-renji");

        var (listed, list, _) = await RunAsync(host, string.Empty, "coordinators", "list");
        var (removed, _, _) = await RunAsync(host, string.Empty, "coordinators", "remove", "B@example.org");
        var (again, _, error) = await RunAsync(host, string.Empty, "coordinators", "remove", "b@example.org");
        var (_, afterwards, _) = await RunAsync(host, string.Empty, "coordinators", "list");

        Assert.Equal(0, listed);
        var lines = list.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("a@example.org\tshanghai-renji\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("b@example.org\twuhan-union\t", lines[1], StringComparison.Ordinal);
        Assert.Equal(0, removed);
        Assert.Equal(1, again);
        Assert.Contains("no account b@example.org", error, StringComparison.Ordinal);
        Assert.DoesNotContain("b@example.org", afterwards, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("correct horse battery\n", "coordinators add a@example.org --site nowhere", "not a site of the trial")]
    [InlineData("correct horse battery\n", "coordinators add a@example.org", "Give at least one --site")]
    [InlineData("short\n", "coordinators add a@example.org --site wuhan-union", "too short")]
    [InlineData("", "coordinators add a@example.org --site wuhan-union", "not given")]
    [InlineData("correct horse battery\n", "coordinators add a@example.org --password secret-secret --site wuhan-union", "never taken from the command line")]
    [InlineData("", "coordinators add --site wuhan-union", "e-mail address")]
    [InlineData("", "coordinators rename a b", "Usage")]
    public async Task A_wrong_command_line_gets_exit_code_64_with_the_reason_and_stores_nothing(string input, string commandLine, string expected)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        var args = commandLine.Split(' ');

        var (code, _, error) = await RunAsync(host, input, args);

        Assert.Equal(CoordinatorCommand.UsageExitCode, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<ICoordinatorAccountStore>().ListAsync());
    }

    [Fact]
    public async Task The_command_runs_through_the_hosts_entry_point_on_a_SQLite_file_without_listening()
    {
        var file = Path.Combine(Path.GetTempPath(), $"trialbot-coordinators-{Guid.NewGuid():N}.db");
        try
        {
            string[] args = ["coordinators", "add", "a@example.org", "--site", "wuhan-union", "--Storage:Provider=sqlite", $"--Storage:ConnectionString=Data Source={file}"];
            var builder = TrialBotHost.CreateBuilder(args);
            await using (var app = TrialBotHost.Build(builder))
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                var code = await TrialBotHost.RunAsync(app, args, new StringReader("correct horse battery\n"), output, error, inputIsRedirected: true);
                Assert.Equal(0, code);
                Assert.Empty(app.Urls);
            }

            string[] list = ["coordinators", "list", "--Storage:Provider=sqlite", $"--Storage:ConnectionString=Data Source={file}"];
            await using var second = TrialBotHost.Build(TrialBotHost.CreateBuilder(list));
            using var listed = new StringWriter();
            Assert.Equal(0, await TrialBotHost.RunAsync(second, list, new StringReader(string.Empty), listed, TextWriter.Null, inputIsRedirected: true));
            Assert.StartsWith("a@example.org\twuhan-union", listed.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(RunningHost host, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CoordinatorCommand.RunAsync(host.Services, args, new StringReader(input), output, error, inputIsRedirected: true);
        return (code, output.ToString(), error.ToString());
    }
}

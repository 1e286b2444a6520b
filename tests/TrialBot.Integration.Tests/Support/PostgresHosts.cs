namespace TrialBot.Integration.Tests.Support;

/// <summary>Two host processes, A and B, sharing one fresh PostgreSQL schema, for the whole collection.</summary>
public sealed class PostgresHosts : IAsyncLifetime
{
    public const string ApiKey = "integration-key-2f8d6c1b";

    private readonly PostgresSchema schema = new();

    internal HostProcess A { get; private set; } = null!;

    internal HostProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await schema.InitializeAsync();

        // Both start at once on the empty schema: one migrates it, the other waits for the migration lock.
        var a = StartAsync("A");
        var b = StartAsync("B");
        try
        {
            await Task.WhenAll(a, b);
        }
        catch
        {
            await DisposeStartedAsync(a, b);
            await schema.DisposeAsync();
            throw;
        }

        (A, B) = (a.Result, b.Result);
    }

    /// <summary>Kills B at once (SIGKILL) and starts a new process in its place.</summary>
    internal async Task KillAndReplaceBAsync()
    {
        B.Kill();
        await B.DisposeAsync();
        B = await StartAsync("B2");
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        await schema.DisposeAsync();
    }

    private static async Task DisposeStartedAsync(params Task<HostProcess>[] starts)
    {
        foreach (var start in starts.Where(start => start.IsCompletedSuccessfully))
        {
            await start.Result.DisposeAsync();
        }
    }

    private Task<HostProcess> StartAsync(string name) => HostProcess.StartAsync(name, new Dictionary<string, string>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = schema.ConnectionString,
        ["Referrals:ApiKey"] = ApiKey,
    });
}

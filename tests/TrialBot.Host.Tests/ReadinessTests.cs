using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using TrialBot.Host.Hosting;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage;

namespace TrialBot.Host.Tests;

public sealed class ReadinessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Readyz_is_503_while_the_recognizer_models_load_and_200_once_they_are_loaded()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var warmup = new RecognizerWarmupService(cancellationToken => release.Task.WaitAsync(cancellationToken), NullLogger<RecognizerWarmupService>.Instance);
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), configure: builder => builder.Services.AddSingleton(warmup));

        var (loadingStatus, loadingChecks) = await ReadinessAsync(host);
        release.SetResult();
        await warmup.Ended.WaitAsync(Patience);
        var (loadedStatus, loadedChecks) = await ReadinessAsync(host);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loadingStatus);
        Assert.Equal("Unhealthy", (string?)loadingChecks["recognizers"]);
        Assert.Equal("Healthy", (string?)loadingChecks["storage"]);
        Assert.Equal(HttpStatusCode.OK, loadedStatus);
        Assert.Equal("Healthy", (string?)loadedChecks["recognizers"]);
    }

    [Fact]
    public async Task A_failed_warm_up_keeps_readyz_at_503_and_is_logged()
    {
        var warmup = new RecognizerWarmupService(_ => Task.FromException(new InvalidOperationException("model missing")), NullLogger<RecognizerWarmupService>.Instance);
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), configure: builder => builder.Services.AddSingleton(warmup));
        await warmup.Ended.WaitAsync(Patience);

        var (status, checks) = await ReadinessAsync(host);

        Assert.Equal(RecognizerWarmupState.Failed, warmup.State);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)checks["recognizers"]);
    }

    [Fact]
    public async Task The_real_warm_up_loads_the_models_at_start_and_readyz_becomes_200()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await host.WarmedUpAsync();

        var (status, checks) = await ReadinessAsync(host);

        Assert.Equal(RecognizerWarmupState.Finished, host.Services.GetRequiredService<RecognizerWarmupService>().State);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)checks["recognizers"]);
    }

    [Fact]
    public async Task Readyz_is_503_when_storage_does_not_answer_and_the_body_carries_no_connection_details()
    {
        var storage = new Mock<IStorageHealth>();
        storage.Setup(health => health.PingAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("Host=db.internal;Password=secret did not answer"));
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), configure: builder => builder.Services.AddSingleton(storage.Object));
        await host.WarmedUpAsync();

        using var response = await host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", (string?)JsonNode.Parse(body)!["checks"]!["storage"]);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("db.internal", body, StringComparison.Ordinal);
        storage.Verify(health => health.PingAsync(It.IsAny<CancellationToken>()), Times.AtLeastOnce());
    }

    [Fact]
    public async Task Readyz_is_200_when_a_SQLite_database_answers()
    {
        var folder = Directory.CreateTempSubdirectory("trialbot-ready-");
        try
        {
            await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "sqlite",
                ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder.FullName, "ready.db")};Pooling=False",
            });
            await host.WarmedUpAsync();

            var (status, checks) = await ReadinessAsync(host);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Healthy", (string?)checks["storage"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonObject Checks)> ReadinessAsync(RunningHost host)
    {
        using var response = await host.Client.GetAsync("/readyz");
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, report["checks"]!.AsObject());
    }
}

using TrialBot.Hardening.Tests.Support;
using Xunit.Abstractions;

namespace TrialBot.Hardening.Tests.Load;

/// <summary>
/// Hundreds of conversations at once over HTTP on loopback, on SQLite and on PostgreSQL, each run to its end and its
/// stored outcome checked: zero errors, zero lost or duplicated answers. A bounded program (a count, not a time); the
/// duration is published, not asserted. TRIALBOT_LOAD_CONVERSATIONS sets the count (scripts/load runs a bigger one).
/// </summary>
public sealed class ConcurrentConversationsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Concurrent_conversations_all_end_with_the_outcome_their_answers_give_and_every_answer_stored_once(string provider)
    {
        await using var database = await StorageProvider.CreateAsync(provider);
        await using var host = await HardeningHost.StartAsync(database.Settings, logLevel: LogLevel.Warning);
        var conversations = HardeningSettings.LoadConversations;

        var result = await LoadRun.RunAsync(host, conversations);

        Figures.Publish(output, $"Load ({provider})",
        [
            "| provider | conversations at once | turns | errors | duration (s) |",
            "|---|---|---|---|---|",
            $"| {provider} | {result.Conversations} | {result.Turns} | {result.Problems.Count} | {result.Duration.TotalSeconds:0.0} |",
        ]);
        Assert.True(result.Problems.Count == 0, $"{result.Problems.Count} problems, the first ones:\n{string.Join("\n", result.Problems.Take(15))}");
    }
}

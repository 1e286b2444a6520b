using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TrialBot.Bench.Conversations;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Measurement;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Scenarios;

/// <summary>
/// Scenario 5b: stored state per conversation. Whole screenings (alternately English and Chinese) on SQLite, then the
/// stored JSON is read back from the database: the UTF-8 length of each item's <c>document</c> in <c>bot_state</c>,
/// summed per conversation (its conversation state and its person's user state; each conversation has its own person).
/// </summary>
internal static partial class StoredStateScenario
{
    public static async Task<StoredStateResult> RunAsync(BenchProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var storage = StorageChoice.Sqlite();
        var log = new TurnLog();
        await using (var host = await BenchHost.StartAsync(BotKind.Screening, storage, cancellationToken).ConfigureAwait(false))
        {
            var channel = new AdapterChannel(host.Services);
            for (var i = 0; i < profile.StoredStateConversations; i++)
            {
                var language = i % 2 == 0 ? ScriptLanguage.English : ScriptLanguage.Chinese;
                await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(language), log, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        if (!File.Exists(storage.SqliteFile))
        {
            return new StoredStateResult(0, double.NaN, 0, double.NaN, double.NaN, [.. log.ErrorSummary(), "the host wrote no SQLite database"]);
        }

        var items = await ReadItemSizesAsync(storage.SqliteFile, cancellationToken).ConfigureAwait(false);
        var perConversation = items
            .Select(item => (Conversation: ConversationOf(item.Key), item.Key, item.Bytes))
            .Where(item => item.Conversation is not null)
            .GroupBy(item => item.Conversation!)
            .Select(group => (
                Total: group.Sum(item => item.Bytes),
                Conversation: group.Where(item => item.Key.Contains("/conversations/", StringComparison.Ordinal)).Sum(item => item.Bytes),
                User: group.Where(item => item.Key.Contains("/users/", StringComparison.Ordinal)).Sum(item => item.Bytes)))
            .ToList();
        if (perConversation.Count == 0)
        {
            return new StoredStateResult(0, double.NaN, 0, double.NaN, double.NaN, [.. log.ErrorSummary(), "nothing was stored"]);
        }

        return new StoredStateResult(
            perConversation.Count,
            perConversation.Average(c => c.Total),
            perConversation.Max(c => c.Total),
            perConversation.Average(c => c.Conversation),
            perConversation.Average(c => c.User),
            log.ErrorSummary());
    }

    private static async Task<List<(string Key, int Bytes)>> ReadItemSizesAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var items = new List<(string, int)>();
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_key, length(CAST(document AS BLOB)) FROM bot_state";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return items;
    }

    /// <summary>The conversation an item belongs to: the id shared by its conversation and its person (see <see cref="ConversationIdentity"/>).</summary>
    private static string? ConversationOf(string key) => ConversationIdPattern().Match(key) is { Success: true } match ? match.Value : null;

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex ConversationIdPattern();
}

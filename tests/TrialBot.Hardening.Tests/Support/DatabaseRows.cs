using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>Reads the storage's tables directly with SQL, bypassing the storage library: what is really left in the database.</summary>
internal static class DatabaseRows
{
    /// <summary>The tables that can hold a person's data (state, processed activities, referrals).</summary>
    public static IReadOnlyList<string> PersonalTables { get; } = ["bot_state", "processed_activity", "referral"];

    /// <summary>Counts the rows of <paramref name="table"/> (one of <see cref="PersonalTables"/>) whose text contains <paramref name="fragment"/> in any column.</summary>
    public static async Task<long> CountContainingAsync(StorageProvider database, string table, string fragment)
    {
        Assert.Contains(table, PersonalTables);
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var row = database.Name == StorageProvider.Postgres ? $"CAST({table} AS text)" : ConcatenatedColumns(table);
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {row} LIKE @fragment";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@fragment";
        parameter.Value = $"%{fragment}%";
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The stored document of a state item, read with SQL, or null when there is no such row.</summary>
    public static async Task<Newtonsoft.Json.Linq.JObject?> ReadStateAsync(StorageProvider database, string key)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM bot_state WHERE item_key = @key";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync() is string document ? Newtonsoft.Json.Linq.JObject.Parse(document) : null;
    }

    /// <summary>Counts every row of <paramref name="table"/>.</summary>
    public static Task<long> CountAsync(StorageProvider database, string table) => CountContainingAsync(database, table, string.Empty);

    private static DbConnection Open(StorageProvider database) => database.Name == StorageProvider.Postgres
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);

    private static string ConcatenatedColumns(string table) => table switch
    {
        "bot_state" => "(item_key || ' ' || document)",
        "processed_activity" => "(channel_id || ' ' || conversation_id || ' ' || activity_id)",
        _ => "(conversation_key_hash || ' ' || contact_name || ' ' || COALESCE(contact_phone, '') || ' ' || COALESCE(contact_email, ''))",
    };
}

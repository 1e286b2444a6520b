using Microsoft.Data.Sqlite;

namespace TrialBot.Storage.Tests.Support;

/// <summary>A SQLite database file of its own under the temporary folder, deleted afterwards.</summary>
internal sealed class SqliteTestFile
{
    public SqliteTestFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trialbot-storage-tests");
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    public string FilePath { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();

    /// <summary>Closes pooled connections to the file and deletes it.</summary>
    public void Delete()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}

using Microsoft.Data.Sqlite;
using TrialBot.Storage.Configuration;

namespace TrialBot.Storage.Hosting;

/// <summary>Makes a SQLite connection string ready to use: a relative file is placed under the content root and its
/// folder is created.</summary>
internal static class SqliteConnectionString
{
    /// <summary>Resolves <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">The configured string, or <see langword="null"/> for
    /// <see cref="StorageOptions.DefaultSqliteConnectionString"/>.</param>
    /// <param name="contentRoot">The folder relative paths start from.</param>
    /// <returns>The connection string, with an absolute file path.</returns>
    public static string Resolve(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? StorageOptions.DefaultSqliteConnectionString : connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:")
        {
            return builder.ToString();
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}

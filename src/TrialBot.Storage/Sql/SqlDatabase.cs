using System.Data.Common;

namespace TrialBot.Storage.Sql;

/// <summary>One SQL database: hands out open connections once its schema is up to date.</summary>
internal sealed class SqlDatabase : IAsyncDisposable, IDisposable
{
    private readonly DbDataSource dataSource;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private volatile bool schemaReady;

    /// <summary>Initializes a new instance of the <see cref="SqlDatabase"/> class.</summary>
    /// <param name="dataSource">Where connections come from; owned (disposed) by this instance.</param>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="timeProvider">The clock.</param>
    public SqlDatabase(DbDataSource dataSource, SqlDialect dialect, TimeProvider timeProvider)
    {
        this.dataSource = dataSource;
        Dialect = dialect;
        this.timeProvider = timeProvider;
    }

    /// <summary>The database's dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Migrates the schema unless this instance already has (a failure is retried on the next call).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the schema is up to date.</returns>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (schemaReady)
        {
            return;
        }

        await schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!schemaReady)
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await SchemaMigrator.MigrateAsync(connection, Dialect, timeProvider, cancellationToken).ConfigureAwait(false);
                schemaReady = true;
            }
        }
        finally
        {
            schemaGate.Release();
        }
    }

    /// <summary>Opens a connection, migrating the schema first if needed.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>An open connection; dispose it.</returns>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a connection (migrating the schema first if needed) and runs the cheapest query there is.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the database answered; faults when it cannot be reached.</returns>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync().ConfigureAwait(false);
        schemaGate.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        dataSource.Dispose();
        schemaGate.Dispose();
    }
}

using System.Data;
using System.Data.Common;

namespace TrialBot.Storage.Sql;

/// <summary>
/// One SQL database: hands out open connections once its schema is up to date; where the dialect asks for
/// <see cref="SqlDialect.OneConnectionAtATime"/>, one at a time, the next caller waiting (asynchronously) until the
/// connection handed out before is closed.
/// </summary>
internal sealed class SqlDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>How long a caller waits for the connection before the storage counts as unavailable.</summary>
    public static readonly TimeSpan DefaultConnectionWait = TimeSpan.FromSeconds(30);

    private readonly DbDataSource dataSource;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private readonly SemaphoreSlim? connectionGate;
    private readonly TimeSpan connectionWait;
    private volatile bool schemaReady;

    /// <summary>Initializes a new instance of the <see cref="SqlDatabase"/> class.</summary>
    /// <param name="dataSource">Where connections come from; owned (disposed) by this instance.</param>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="connectionWait">With one connection at a time, how long a caller waits for it (default <see cref="DefaultConnectionWait"/>).</param>
    public SqlDatabase(DbDataSource dataSource, SqlDialect dialect, TimeProvider timeProvider, TimeSpan? connectionWait = null)
    {
        this.dataSource = dataSource;
        Dialect = dialect;
        this.timeProvider = timeProvider;
        connectionGate = dialect.OneConnectionAtATime ? new SemaphoreSlim(1, 1) : null;
        this.connectionWait = connectionWait ?? DefaultConnectionWait;
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
    /// <exception cref="DbException">With one connection at a time, the connection was not free within the wait (<see cref="SqlDialect.ConnectionNotFree"/>).</exception>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        if (connectionGate is null)
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!await connectionGate.WaitAsync(connectionWait, cancellationToken).ConfigureAwait(false))
        {
            throw Dialect.ConnectionNotFree($"The {Dialect.Name} database's connection was not free within {connectionWait.TotalSeconds:0.#} s.");
        }

        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            new GateRelease(connectionGate).ReleaseWhenClosed(connection);
            return connection;
        }
        catch
        {
            connectionGate.Release();
            throw;
        }
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
        connectionGate?.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        dataSource.Dispose();
        schemaGate.Dispose();
        connectionGate?.Dispose();
    }

    /// <summary>Gives the gate back once, when the connection it was taken for closes (its disposal closes it).</summary>
    private sealed class GateRelease(SemaphoreSlim gate)
    {
        private int released;

        public void ReleaseWhenClosed(DbConnection connection) => connection.StateChange += OnStateChange;

        private void OnStateChange(object sender, StateChangeEventArgs change)
        {
            if (change.CurrentState == ConnectionState.Closed && Interlocked.Exchange(ref released, 1) == 0)
            {
                ((DbConnection)sender).StateChange -= OnStateChange;
                try
                {
                    gate.Release();
                }
                catch (ObjectDisposedException)
                {
                    // The database was disposed while this connection was still open: nobody waits any more.
                }
            }
        }
    }
}

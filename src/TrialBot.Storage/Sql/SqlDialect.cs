using System.Data.Common;

namespace TrialBot.Storage.Sql;

/// <summary>
/// What differs between the SQL databases: the schema's column types, how a migration is made exclusive, how
/// times and ids are passed, and how a text is looked for inside another. The statements that read and write data are common to both and live with the stores.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The database's name, for messages.</summary>
    public abstract string Name { get; }

    /// <summary>Creates the table that records the applied schema versions, if missing.</summary>
    public abstract string CreateVersionTableSql { get; }

    /// <summary>The schema, as steps in version order.</summary>
    public abstract IReadOnlyList<SqlMigration> Migrations { get; }

    /// <summary>
    /// Whether a process uses one connection at a time: true where the database lets one writer in at a time and makes
    /// the others wait by sleeping and retrying (SQLite), so that this process's turns queue without blocking a thread.
    /// </summary>
    public virtual bool OneConnectionAtATime => false;

    /// <summary>
    /// The error for a caller that waited for the one connection (<see cref="OneConnectionAtATime"/>) in vain: the
    /// database's own "busy" error, so that it is handled wherever a database failure is (a 503 from the APIs, an
    /// apology in the conversation), never mistaken for another timeout.
    /// </summary>
    /// <param name="message">What happened.</param>
    /// <returns>The error to throw.</returns>
    public virtual DbException ConnectionNotFree(string message) =>
        throw new NotSupportedException($"{Name} hands out connections without a gate.");

    /// <summary>
    /// How many rows one INSERT of many rows carries. A server (PostgreSQL) takes a few statements of many rows in fewer
    /// round trips; an embedded database (SQLite) binds a statement's parameters by name one by one, at a cost that grows
    /// with the square of their number (500 rows of 9 took about 300 ms, holding the one connection), and has no round trip
    /// to save: one row a statement, the statement prepared once and run again with the next row's values.
    /// </summary>
    public virtual int RowsPerInsert => 100;

    /// <summary>Settings applied to the database before migrating (outside any transaction).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when done.</returns>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Begins a transaction that writes; in SQLite it takes the write lock at once.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The transaction.</returns>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Makes the migration in <paramref name="transaction"/> the only one running against the database
    /// until it ends, so that two processes starting at once do not both migrate.</summary>
    /// <param name="transaction">The migration's transaction, from <see cref="BeginWriteAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the lock is held.</returns>
    public abstract Task LockForMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>A time as a parameter value.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The value to bind.</returns>
    public abstract object Time(DateTimeOffset time);

    /// <summary>Reads a time column.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The time, in UTC.</returns>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>An id as a parameter value.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The value to bind.</returns>
    public abstract object Id(Guid id);

    /// <summary>Reads an id column.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The id.</returns>
    public abstract Guid ReadId(DbDataReader reader, int ordinal);

    /// <summary>A condition true when the text <paramref name="part"/> occurs in the text <paramref name="text"/>, case and
    /// all (no pattern characters); null when either is null.</summary>
    /// <param name="text">A SQL expression of the text looked in.</param>
    /// <param name="part">A SQL expression of the text looked for.</param>
    /// <returns>The condition.</returns>
    public abstract string Contains(string text, string part);
}

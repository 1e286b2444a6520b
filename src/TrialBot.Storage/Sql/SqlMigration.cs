using System.Data.Common;

namespace TrialBot.Storage.Sql;

/// <summary>One step of the schema, applied once, in order of <see cref="Version"/>.</summary>
/// <param name="Version">The schema version this step brings the database to.</param>
/// <param name="Description">What the step does.</param>
/// <param name="Sql">The statements.</param>
internal sealed record SqlMigration(int Version, string Description, string Sql)
{
    /// <summary>Work in code after <see cref="Sql"/>, in the same transaction (for example filling a new column from
    /// values only code can compute); none by default.</summary>
    public Func<DbConnection, DbTransaction, SqlDialect, CancellationToken, Task>? ThenAsync { get; init; }
}

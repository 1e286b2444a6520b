using System.Data.Common;
using TrialBot.Storage.Coordinators;

namespace TrialBot.Storage.Sql;

/// <summary><see cref="ICoordinatorAccountStore"/> on a SQL database: table <c>coordinator_account</c> (the sites are a
/// JSON array of ids).</summary>
internal sealed class SqlCoordinatorAccountStore(SqlDatabase database) : ICoordinatorAccountStore
{
    private const string SelectSql = "SELECT email, password_hash, site_ids, created_at FROM coordinator_account";

    private const string UpdateSql = "UPDATE coordinator_account SET password_hash = @password_hash, site_ids = @site_ids WHERE email = @email";

    private const string InsertSql = """
        INSERT INTO coordinator_account (email, password_hash, site_ids, created_at)
        VALUES (@email, @password_hash, @site_ids, @created_at)
        """;

    private SqlDialect Dialect => database.Dialect;

    public async Task<bool> SaveAsync(CoordinatorAccount account, CancellationToken cancellationToken = default)
    {
        var prepared = CoordinatorAccountRules.Prepare(account);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var update = connection.CreateCommand(UpdateSql, transaction)
            .With("email", prepared.Email)
            .With("password_hash", prepared.PasswordHash)
            .With("site_ids", SiteIdsJson.Write(prepared.SiteIds));
        var added = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0;
        if (added)
        {
            await using var insert = connection.CreateCommand(InsertSql, transaction)
                .With("email", prepared.Email)
                .With("password_hash", prepared.PasswordHash)
                .With("site_ids", SiteIdsJson.Write(prepared.SiteIds))
                .With("created_at", Dialect.Time(prepared.CreatedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    public async Task<CoordinatorAccount?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(SelectSql + " WHERE email = @email")
            .With("email", CoordinatorAccount.NormalizeEmail(email));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<CoordinatorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(SelectSql + " ORDER BY email");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<CoordinatorAccount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    public async Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("DELETE FROM coordinator_account WHERE email = @email")
            .With("email", CoordinatorAccount.NormalizeEmail(email));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private CoordinatorAccount Read(DbDataReader reader) => new()
    {
        Email = reader.GetString(0),
        PasswordHash = reader.GetString(1),
        SiteIds = SiteIdsJson.Read(reader.GetString(2)),
        CreatedAt = Dialect.ReadTime(reader, 3),
    };
}

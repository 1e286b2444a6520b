using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TrialBot.Storage.Sql;

/// <summary>
/// SQLite: times are TEXT in ISO 8601 UTC with seven fraction digits (so that text order is time order), ids are TEXT,
/// the database runs in write-ahead-log mode, and a migration is exclusive by taking the write lock at the start of
/// its transaction (BEGIN IMMEDIATE).
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The one instance.</summary>
    public static SqliteDialect Instance { get; } = new();

    public override string Name => "SQLite";

    /// <summary>
    /// SQLite lets one writer in at a time; a second one gets "database is locked", and Microsoft.Data.Sqlite then
    /// retries it after a Thread.Sleep, holding a thread-pool thread. Measured under 16 and 256 concurrent conversations,
    /// most of a turn went to those sleeps (BENCHMARKS.md). One connection at a time in the process queues the turns
    /// instead, asynchronously; the statements themselves take well under a millisecond.
    /// </summary>
    public override bool OneConnectionAtATime => true;

    /// <inheritdoc />
    public override int RowsPerInsert => 1;

    /// <summary>SQLite's own "database is busy" (SQLITE_BUSY), as Microsoft.Data.Sqlite throws when its retries run out.</summary>
    public override DbException ConnectionNotFree(string message) => new SqliteException(message, SqliteBusy);

    private const int SqliteBusy = 5;

    public override string CreateVersionTableSql => """
        CREATE TABLE IF NOT EXISTS trialbot_schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public override IReadOnlyList<SqlMigration> Migrations { get; } =
    [
        new(1, "bot state, processed activities, referrals", """
            CREATE TABLE bot_state (
                item_key TEXT NOT NULL PRIMARY KEY,
                document TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX ix_bot_state_updated_at ON bot_state (updated_at);

            CREATE TABLE processed_activity (
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                processed_at TEXT NOT NULL,
                PRIMARY KEY (channel_id, conversation_id, activity_id)
            );
            CREATE INDEX ix_processed_activity_processed_at ON processed_activity (processed_at);

            CREATE TABLE referral (
                id TEXT NOT NULL PRIMARY KEY,
                created_at TEXT NOT NULL,
                outcome_id TEXT NOT NULL,
                criterion_results TEXT NOT NULL,
                site_id TEXT NOT NULL,
                contact_name TEXT NOT NULL,
                contact_phone TEXT NULL,
                contact_email TEXT NULL,
                consented_at TEXT NOT NULL,
                locale TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                conversation_key_hash TEXT NOT NULL,
                contacted_at TEXT NULL
            );
            CREATE INDEX ix_referral_created_at ON referral (created_at);
            CREATE INDEX ix_referral_conversation_key_hash ON referral (conversation_key_hash);
            """),
        new(2, "self-hosted Direct Line conversations and activities", """
            CREATE TABLE directline_conversation (
                conversation_id TEXT NOT NULL PRIMARY KEY,
                user_id TEXT NOT NULL,
                locale TEXT NULL,
                last_used_at TEXT NOT NULL,
                person_spoke INTEGER NOT NULL,
                last_sequence INTEGER NOT NULL,
                origin TEXT NOT NULL
            );
            CREATE INDEX ix_directline_conversation_last_used_at ON directline_conversation (last_used_at);

            CREATE TABLE directline_activity (
                conversation_id TEXT NOT NULL,
                sequence INTEGER NOT NULL,
                activity TEXT NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            );
            """),
        new(3, "referrals: trial, person key, workflow status, look-again requests, details; their history", """
            ALTER TABLE referral ADD COLUMN trial_id TEXT NULL;
            ALTER TABLE referral ADD COLUMN person_key TEXT NOT NULL DEFAULT '';
            ALTER TABLE referral ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
            ALTER TABLE referral ADD COLUMN review_requested INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE referral ADD COLUMN details TEXT NULL;
            UPDATE referral SET status = 'contacted' WHERE contacted_at IS NOT NULL;
            CREATE INDEX ix_referral_person_key ON referral (person_key);
            CREATE INDEX ix_referral_status ON referral (status);

            CREATE TABLE referral_event (
                referral_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                kind TEXT NOT NULL,
                from_status TEXT NULL,
                to_status TEXT NULL,
                note TEXT NULL,
                PRIMARY KEY (referral_id, seq)
            );
            """)
        {
            ThenAsync = ReferralBackfill.RunAsync,
        },
        new(4, "coordinators' accounts; the screening funnel's events", """
            CREATE TABLE coordinator_account (
                email TEXT NOT NULL PRIMARY KEY,
                password_hash TEXT NOT NULL,
                site_ids TEXT NOT NULL,
                created_at TEXT NOT NULL
            );

            CREATE TABLE funnel_event (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                session_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                language TEXT NOT NULL,
                trial_id TEXT NULL,
                site_id TEXT NULL,
                question_id TEXT NULL,
                outcome_id TEXT NULL
            );
            CREATE INDEX ix_funnel_event_at ON funnel_event (at);
            """),
    ];

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("PRAGMA journal_mode = WAL;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // BEGIN IMMEDIATE (see BeginWriteAsync) already holds the database's write lock.
    public override Task LockForMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public override object Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(DateTime.ParseExact(
        reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));

    public override object Id(Guid id) => id.ToString("D");

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    public override string Contains(string text, string part) => $"instr({text}, {part}) > 0";
}

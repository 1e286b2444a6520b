using System.Data.Common;

namespace TrialBot.Storage.Sql;

/// <summary>
/// PostgreSQL: times are <c>timestamptz</c>, ids <c>uuid</c>, documents <c>text</c> (kept exactly as written; jsonb
/// would refuse the escaped NUL character JSON allows). A migration is exclusive through a transaction-scoped advisory
/// lock. Tables live in the first schema of the connection's search path.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>The advisory lock taken while migrating ("TrialBot" in ASCII).</summary>
    private const long MigrationLockKey = 0x547269616C426F74;

    /// <summary>The one instance.</summary>
    public static PostgresDialect Instance { get; } = new();

    public override string Name => "PostgreSQL";

    public override string CreateVersionTableSql => """
        CREATE TABLE IF NOT EXISTS trialbot_schema_version (
            version integer NOT NULL PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL
        );
        """;

    public override IReadOnlyList<SqlMigration> Migrations { get; } =
    [
        new(1, "bot state, processed activities, referrals", """
            CREATE TABLE bot_state (
                item_key text NOT NULL PRIMARY KEY,
                document text NOT NULL,
                etag text NOT NULL,
                updated_at timestamptz NOT NULL
            );
            CREATE INDEX ix_bot_state_updated_at ON bot_state (updated_at);

            CREATE TABLE processed_activity (
                channel_id text NOT NULL,
                conversation_id text NOT NULL,
                activity_id text NOT NULL,
                processed_at timestamptz NOT NULL,
                PRIMARY KEY (channel_id, conversation_id, activity_id)
            );
            CREATE INDEX ix_processed_activity_processed_at ON processed_activity (processed_at);

            CREATE TABLE referral (
                id uuid NOT NULL PRIMARY KEY,
                created_at timestamptz NOT NULL,
                outcome_id text NOT NULL,
                criterion_results text NOT NULL,
                site_id text NOT NULL,
                contact_name text NOT NULL,
                contact_phone text NULL,
                contact_email text NULL,
                consented_at timestamptz NOT NULL,
                locale text NOT NULL,
                channel_id text NOT NULL,
                conversation_key_hash text NOT NULL,
                contacted_at timestamptz NULL
            );
            CREATE INDEX ix_referral_created_at ON referral (created_at);
            CREATE INDEX ix_referral_conversation_key_hash ON referral (conversation_key_hash);
            """),
        new(2, "self-hosted Direct Line conversations and activities", """
            CREATE TABLE directline_conversation (
                conversation_id text NOT NULL PRIMARY KEY,
                user_id text NOT NULL,
                locale text NULL,
                last_used_at timestamptz NOT NULL,
                person_spoke integer NOT NULL,
                last_sequence bigint NOT NULL,
                origin text NOT NULL
            );
            CREATE INDEX ix_directline_conversation_last_used_at ON directline_conversation (last_used_at);

            CREATE TABLE directline_activity (
                conversation_id text NOT NULL,
                sequence bigint NOT NULL,
                activity text NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            );
            """),
        new(3, "referrals: trial, person key, workflow status, look-again requests, details; their history", """
            ALTER TABLE referral ADD COLUMN trial_id text NULL;
            ALTER TABLE referral ADD COLUMN person_key text NOT NULL DEFAULT '';
            ALTER TABLE referral ADD COLUMN status text NOT NULL DEFAULT 'new';
            ALTER TABLE referral ADD COLUMN review_requested boolean NOT NULL DEFAULT false;
            ALTER TABLE referral ADD COLUMN details text NULL;
            UPDATE referral SET status = 'contacted' WHERE contacted_at IS NOT NULL;
            CREATE INDEX ix_referral_person_key ON referral (person_key);
            CREATE INDEX ix_referral_status ON referral (status);

            CREATE TABLE referral_event (
                referral_id uuid NOT NULL,
                seq integer NOT NULL,
                at timestamptz NOT NULL,
                actor text NOT NULL,
                kind text NOT NULL,
                from_status text NULL,
                to_status text NULL,
                note text NULL,
                PRIMARY KEY (referral_id, seq)
            );
            """)
        {
            ThenAsync = ReferralBackfill.RunAsync,
        },
        new(4, "coordinators' accounts; the screening funnel's events", """
            CREATE TABLE coordinator_account (
                email text NOT NULL PRIMARY KEY,
                password_hash text NOT NULL,
                site_ids text NOT NULL,
                created_at timestamptz NOT NULL
            );

            CREATE TABLE funnel_event (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                session_id text NOT NULL,
                kind text NOT NULL,
                channel_id text NOT NULL,
                language text NOT NULL,
                trial_id text NULL,
                site_id text NULL,
                question_id text NULL,
                outcome_id text NULL
            );
            CREATE INDEX ix_funnel_event_at ON funnel_event (at);
            """),
    ];

    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(cancellationToken);

    public override async Task LockForMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand("SELECT pg_advisory_xact_lock(@key)", transaction)
            .With("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override object Time(DateTimeOffset time) => time.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override object Id(Guid id) => id;

    public override Guid ReadId(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override string Contains(string text, string part) => $"strpos({text}, {part}) > 0";
}

namespace TrialBot.Storage.Sql;

/// <summary>One step of the schema, applied once, in order of <see cref="Version"/>.</summary>
/// <param name="Version">The schema version this step brings the database to.</param>
/// <param name="Description">What the step does.</param>
/// <param name="Sql">The statements.</param>
internal sealed record SqlMigration(int Version, string Description, string Sql);

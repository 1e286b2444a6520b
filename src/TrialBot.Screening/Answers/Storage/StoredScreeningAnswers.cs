using System.Collections.Immutable;

namespace TrialBot.Screening.Answers.Storage;

/// <summary>
/// The stored shape of <see cref="ScreeningAnswers"/>: a schema version and the answers by question id, as plain data
/// any serializer can write (see <see cref="ScreeningAnswersJson"/> for the JSON). Map it with <see cref="StoredAnswerMapper"/>.
/// </summary>
public sealed record StoredScreeningAnswers
{
    /// <summary>The schema version this code writes; it reads this version only.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The version of the stored shape.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The stored answers by question id.</summary>
    public IReadOnlyDictionary<string, StoredAnswer> Values { get; init; } = ImmutableDictionary<string, StoredAnswer>.Empty;
}

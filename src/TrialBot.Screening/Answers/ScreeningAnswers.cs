using System.Collections.Immutable;

namespace TrialBot.Screening.Answers;

/// <summary>
/// Everything a person has answered so far, keyed by question id. Immutable: <see cref="Set"/> and <see cref="Clear"/>
/// return a new instance, so a dialog can replace or drop one answer ("back", "change my age") without knowing the
/// question. The shape is plain data with a <see cref="SchemaVersion"/>; store it as JSON
/// (<see cref="ScreeningAnswersJson"/>) or hand it to any serializer.
/// </summary>
public sealed record ScreeningAnswers
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>No answers yet.</summary>
    public static ScreeningAnswers Empty { get; } = new();

    /// <summary>The version of the stored shape; <see cref="CurrentSchemaVersion"/> for answers made by this code.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The answers by question id.</summary>
    public IReadOnlyDictionary<string, AnswerValue> Values { get; init; } = ImmutableDictionary<string, AnswerValue>.Empty;

    /// <summary>The answer to <paramref name="questionId"/>, or null when it has not been answered.</summary>
    public AnswerValue? Get(string questionId)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        return Values.TryGetValue(questionId, out var value) ? value : null;
    }

    /// <summary>True when <paramref name="questionId"/> has an answer ("don't know" included).</summary>
    public bool Has(string questionId) => Get(questionId) is not null;

    /// <summary>These answers with <paramref name="questionId"/> answered <paramref name="value"/> (replacing any earlier answer).</summary>
    public ScreeningAnswers Set(string questionId, AnswerValue value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionId);
        ArgumentNullException.ThrowIfNull(value);
        return this with { Values = Values.ToImmutableDictionary(StringComparer.Ordinal).SetItem(questionId, value) };
    }

    /// <summary>These answers without an answer to <paramref name="questionId"/>.</summary>
    public ScreeningAnswers Clear(string questionId)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        return this with { Values = Values.ToImmutableDictionary(StringComparer.Ordinal).Remove(questionId) };
    }
}

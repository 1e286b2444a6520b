using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace TrialBot.Screening.Answers;

/// <summary>
/// Everything a person has answered so far, keyed by question id. Immutable: <see cref="Set"/> and <see cref="Clear"/>
/// return a new instance, so a dialog can replace or drop one answer ("back", "change my age") without knowing the
/// question. Stored through its own versioned shape (<see cref="Storage.StoredScreeningAnswers"/>, as JSON with
/// <see cref="ScreeningAnswersJson"/>).
/// </summary>
public sealed record ScreeningAnswers
{
    /// <summary>The last answer set on each set of answers, and the answers that came of it.</summary>
    private static readonly ConditionalWeakTable<ScreeningAnswers, LastSet> LastSets = new();

    /// <summary>No answers yet.</summary>
    public static ScreeningAnswers Empty { get; } = new();

    /// <summary>The answers by question id.</summary>
    public IReadOnlyDictionary<string, Answer> Values { get; init; } = ImmutableDictionary<string, Answer>.Empty;

    /// <summary>The answer to <paramref name="questionId"/>, or null when it has not been answered.</summary>
    public Answer? Get(string questionId)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        return Values.TryGetValue(questionId, out var value) ? value : null;
    }

    /// <summary>True when <paramref name="questionId"/> has an answer ("don't know" included).</summary>
    public bool Has(string questionId) => Get(questionId) is not null;

    /// <summary>These answers with <paramref name="questionId"/> answered <paramref name="value"/> (replacing any earlier answer).</summary>
    public ScreeningAnswers Set(string questionId, Answer value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionId);
        ArgumentNullException.ThrowIfNull(value);
        if (LastSets.TryGetValue(this, out var last) && last.QuestionId == questionId && ReferenceEquals(last.Value, value))
        {
            // The same answer set again on the same answers (checked for an exclusion, then kept): the same instance, so
            // that what was worked out for it (the failing criteria) is not worked out again.
            return last.Result;
        }

        var result = this with { Values = Values.ToImmutableDictionary(StringComparer.Ordinal).SetItem(questionId, value) };
        LastSets.AddOrUpdate(this, new LastSet(questionId, value, result));
        return result;
    }


    /// <summary>These answers without an answer to <paramref name="questionId"/>.</summary>
    public ScreeningAnswers Clear(string questionId)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        return this with { Values = Values.ToImmutableDictionary(StringComparer.Ordinal).Remove(questionId) };
    }

    private sealed record LastSet(string QuestionId, Answer Value, ScreeningAnswers Result);
}

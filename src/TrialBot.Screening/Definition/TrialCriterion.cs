using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>One criterion of the listing, with the sentences it implements and the reasons the scorer gives.</summary>
/// <param name="Id">The criterion id from the trial file, numbered as in the listing (I1, E1, …).</param>
/// <param name="Kind">Inclusion or exclusion.</param>
/// <param name="Title">A short plain title.</param>
/// <param name="Listing">The exact sentences of the listing this criterion implements.</param>
/// <param name="Examples">The listing's examples (the lupus crises, the brain diseases, …); may be empty.</param>
/// <param name="Reasons">The reason texts by reason key (<c>pass</c>, <c>fail</c>, <c>unknown</c>, <c>dose-high</c>, …).</param>
/// <param name="AlwaysConfirmedAtScreening">What the study team always checks for this criterion at screening, whatever
/// the answers (the ACR classification, for example); null when nothing.</param>
/// <param name="Note">The reviewer's note: what the listing says, how it is read, what is confirmed at screening.</param>
public sealed record TrialCriterion(
    string Id,
    CriterionKind Kind,
    LocalizedText Title,
    IReadOnlyList<string> Listing,
    IReadOnlyList<LocalizedText> Examples,
    IReadOnlyDictionary<string, LocalizedText> Reasons,
    LocalizedText? AlwaysConfirmedAtScreening,
    CriterionNote Note)
{
    /// <summary>The reason text for <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The definition has no such reason (the loader makes sure it has every one the scorer uses).</exception>
    public LocalizedText Reason(string key) =>
        Reasons.TryGetValue(key, out var text) ? text : throw new ArgumentException($"Criterion {Id} has no reason '{key}'.", nameof(key));

    /// <summary>True when failing this criterion means the person declined (its rule is an <c>agreement</c>).</summary>
    public bool Declines { get; init; }

    /// <summary>The listing's numbers the criterion's rules compare against (and its texts quote), by name, in the units the names say.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>The criterion's declared rules.</summary>
    internal Scoring.ICriterionRule Rule { get; init; } = new Scoring.Rules.CompositeRule([]);
}

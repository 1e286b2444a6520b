namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// The reason keys of one rule, by role (<c>fail</c>, <c>unknown</c>, <c>justUnder</c>, …): the rule names a role, the
/// trial file names the key of the criterion's <c>reasons</c> object it gives (and the run-time placeholder it fills).
/// </summary>
internal sealed class RuleReasons(IReadOnlyDictionary<string, string> keysByRole)
{
    /// <summary>The reason key of <paramref name="role"/>.</summary>
    public string Get(string role) =>
        keysByRole.TryGetValue(role, out var key) ? key : throw new InvalidOperationException($"The rule has no reason for '{role}'.");

    /// <summary>Every reason key the rule may give.</summary>
    public IEnumerable<string> Keys => keysByRole.Values;
}

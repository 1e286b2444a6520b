namespace TrialBot.Storage;

/// <summary>
/// The trials of a referral (<see cref="Referrals.Referral.TrialId"/>) or a funnel event
/// (<see cref="Funnel.FunnelEvent.TrialId"/>) in one text: one trial id, or several separated by commas
/// (<c>NCT05765006,…</c>) when a site screens for several trials at once.
/// </summary>
public static class TrialIds
{
    /// <summary>What separates the trial ids.</summary>
    public const char Separator = ',';

    /// <summary>The trial ids in <paramref name="trialIds"/>, in order (none for null or empty).</summary>
    /// <param name="trialIds">One trial id or several, comma-separated.</param>
    /// <returns>The ids.</returns>
    public static IReadOnlyList<string> Split(string? trialIds) =>
        string.IsNullOrEmpty(trialIds) ? [] : trialIds.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The trial ids as one text (null for none).</summary>
    /// <param name="trialIds">The ids.</param>
    /// <returns>The ids, comma-separated.</returns>
    public static string? Join(IEnumerable<string> trialIds)
    {
        ArgumentNullException.ThrowIfNull(trialIds);
        var joined = string.Join(Separator, trialIds);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>Whether <paramref name="trialId"/> is one of <paramref name="trialIds"/> (exactly, case and all). A value
    /// holding a comma names no single trial and is in none.</summary>
    /// <param name="trialIds">One trial id or several, comma-separated.</param>
    /// <param name="trialId">One trial id.</param>
    /// <returns>True when it is one of them.</returns>
    public static bool Includes(string? trialIds, string trialId)
    {
        ArgumentNullException.ThrowIfNull(trialId);
        return trialId.Length > 0 && !trialId.Contains(Separator, StringComparison.Ordinal) && Split(trialIds).Contains(trialId, StringComparer.Ordinal);
    }
}

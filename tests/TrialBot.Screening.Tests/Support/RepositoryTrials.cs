using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Tests.Support;

/// <summary>Every trial file kept in the repository's <c>trials/</c> folder, loaded as the host loads it, with its listing.</summary>
internal static class RepositoryTrials
{
    private static readonly Lazy<IReadOnlyList<TrialDefinition>> Loaded = new(() =>
        [.. Directory.GetFiles(ListingFile.RepositoryPath("trials"), "NCT*.json").Order(StringComparer.Ordinal).Select(TrialDefinitionLoader.Load)]);

    /// <summary>The trials, ordered by id.</summary>
    public static IReadOnlyList<TrialDefinition> All => Loaded.Value;

    /// <summary>The trial with <paramref name="id"/>.</summary>
    public static TrialDefinition Get(string id) => All.Single(trial => trial.Id == id);

    /// <summary>The listing the trial <paramref name="id"/> implements (<c>trials/{id}.listing.txt</c>).</summary>
    public static string Listing(string id) => ListingFile.ReadRepositoryFile($"trials/{id}.listing.txt");
}

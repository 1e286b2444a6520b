using System.Text.RegularExpressions;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

public partial class ListingQuoteTests
{
    private static readonly string NormalizedListing = Normalize(ListingFile.Read());

    /// <summary>Every quote of every trial file in the repository, with its trial and criterion.</summary>
    public static TheoryData<string, string, string> Quotes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var trial in RepositoryTrials.All)
        {
            foreach (var criterion in trial.Criteria)
            {
                foreach (var quote in criterion.Listing)
                {
                    data.Add(trial.Id, criterion.Id, quote);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> TrialIds() => [.. RepositoryTrials.All.Select(trial => trial.Id)];

    [Theory]
    [MemberData(nameof(Quotes))]
    public void EveryListingQuoteOccursVerbatimInItsTrialsListing(string trialId, string criterionId, string quote)
    {
        Assert.True(
            Normalize(RepositoryTrials.Listing(trialId)).Contains(Normalize(quote), StringComparison.Ordinal),
            $"{trialId} {criterionId} quotes a sentence its listing does not contain: {quote}");
    }

    [Theory]
    [MemberData(nameof(TrialIds))]
    public void EveryCriterionOfEveryTrialQuotesTheListing(string trialId)
    {
        Assert.All(RepositoryTrials.Get(trialId).Criteria, criterion => Assert.NotEmpty(criterion.Listing));
    }

    [Fact]
    public void TheRepositoryKeepsMoreThanOneTrial()
    {
        Assert.True(RepositoryTrials.All.Count >= 1);
        Assert.Contains(RepositoryTrials.All, trial => trial.Id == TrialFixture.Definition.Id);
    }

    [Fact]
    public void TheTitleIsTheListingsTitle()
    {
        Assert.Contains(Normalize(TrialFixture.Definition.Title.En), NormalizedListing, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSponsorIsTheListingsSponsor()
    {
        Assert.Contains(TrialFixture.Definition.Sponsor, ListingFile.Read(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();
}

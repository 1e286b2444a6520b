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
    public void Every_listing_quote_occurs_verbatim_in_its_trials_listing(string trialId, string criterionId, string quote)
    {
        Assert.True(
            Normalize(RepositoryTrials.Listing(trialId)).Contains(Normalize(quote), StringComparison.Ordinal),
            $"{trialId} {criterionId} quotes a sentence its listing does not contain: {quote}");
    }

    [Theory]
    [MemberData(nameof(TrialIds))]
    public void Every_criterion_of_every_trial_quotes_the_listing(string trialId)
    {
        Assert.All(RepositoryTrials.Get(trialId).Criteria, criterion => Assert.NotEmpty(criterion.Listing));
    }

    [Fact]
    public void The_repository_keeps_more_than_one_trial()
    {
        Assert.True(RepositoryTrials.All.Count >= 1);
        Assert.Contains(RepositoryTrials.All, trial => trial.Id == TrialFixture.Definition.Id);
    }

    [Fact]
    public void The_title_is_the_listings_title()
    {
        Assert.Contains(Normalize(TrialFixture.Definition.Title.En), NormalizedListing, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sponsor_is_the_listings_sponsor()
    {
        Assert.Contains(TrialFixture.Definition.Sponsor, ListingFile.Read(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();
}

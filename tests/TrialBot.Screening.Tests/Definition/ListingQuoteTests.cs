using System.Text.RegularExpressions;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

public partial class ListingQuoteTests
{
    private static readonly string NormalizedListing = Normalize(ListingFile.Read());

    public static TheoryData<string, string> Quotes()
    {
        var data = new TheoryData<string, string>();
        foreach (var criterion in TrialFixture.Definition.Criteria)
        {
            foreach (var quote in criterion.Listing)
            {
                data.Add(criterion.Id, quote);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Quotes))]
    public void EveryListingQuoteOccursVerbatimInTheListing(string criterionId, string quote)
    {
        Assert.True(NormalizedListing.Contains(Normalize(quote), StringComparison.Ordinal), $"{criterionId} quotes a sentence the listing does not contain: {quote}");
    }

    [Fact]
    public void EveryCriterionQuotesTheListing()
    {
        Assert.All(TrialFixture.Definition.Criteria, criterion => Assert.NotEmpty(criterion.Listing));
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

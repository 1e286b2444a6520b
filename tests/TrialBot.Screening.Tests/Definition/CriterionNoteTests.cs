using TrialBot.Screening.Definition;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

/// <summary>
/// Each criterion carries a reviewer's note as data: what the listing says, how the screening reads it, and what the
/// study team confirms at screening; and each site says where the listing names it.
/// </summary>
public class CriterionNoteTests
{
    private static TrialDefinition Definition => TrialFixture.Definition;

    [Fact]
    public void Every_criterion_has_a_note_with_all_three_parts()
    {
        Assert.All(Definition.Criteria, criterion =>
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.Note.ListingSays), criterion.Id);
            Assert.False(string.IsNullOrWhiteSpace(criterion.Note.ReadAs), criterion.Id);
            Assert.False(string.IsNullOrWhiteSpace(criterion.Note.ConfirmedAtScreening), criterion.Id);
        });
    }

    [Fact]
    public void The_notes_say_how_the_open_readings_are_made()
    {
        Assert.Contains("signing", Definition.Criterion(CriterionIds.I2).Note.ReadAs, StringComparison.Ordinal);
        Assert.Contains("below 8 stays open", Definition.Criterion(CriterionIds.I6).Note.ReadAs, StringComparison.Ordinal);
        Assert.Contains("clinical part", Definition.Criterion(CriterionIds.I6).Note.ConfirmedAtScreening, StringComparison.Ordinal);
        Assert.Contains("not any crisis ever", Definition.Criterion(CriterionIds.E2).Note.ReadAs, StringComparison.Ordinal);
        Assert.Contains("brain and spinal cord", Definition.Criterion(CriterionIds.E3).Note.ReadAs, StringComparison.Ordinal);
        Assert.Contains("thyroid hormone or insulin", Definition.Criterion(CriterionIds.E4).Note.ReadAs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_criterion_without_a_note_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.E5).Remove("note"));

        Assert.Equal("$.criteria[10]", error.JsonPath);
        Assert.Contains("'note'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_note_field_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Criterion(root, CriterionIds.E5)["note"]!["readAS"] = "x");

        Assert.Equal("$.criteria[10].note.readAS", error.JsonPath);
    }

    [Fact]
    public void Wuhan_is_said_to_come_from_the_investigators_not_from_the_listings_locations()
    {
        var wuhan = Definition.Sites.Single(site => site.Id == "wuhan-union");
        var shanghai = Definition.Sites.Single(site => site.Id == "shanghai-renji");

        Assert.Contains("Locations field", wuhan.Note, StringComparison.Ordinal);
        Assert.Contains("affiliation", wuhan.Note, StringComparison.Ordinal);
        Assert.Contains("Coordinators: confirm", wuhan.Note, StringComparison.Ordinal);
        Assert.Contains("Shanghai only", wuhan.Source.En, StringComparison.Ordinal);
        Assert.Contains("listed investigators", wuhan.Source.En, StringComparison.Ordinal);
        Assert.Contains("只列出了上海", wuhan.Source.Zh, StringComparison.Ordinal);
        Assert.Contains("listing's location", shanghai.Source.En, StringComparison.Ordinal);
        Assert.DoesNotContain("hospitals in Wuhan and Shanghai", Definition.Description.En, StringComparison.Ordinal);
        Assert.Contains("lists investigators at a hospital in Wuhan", Definition.Question(QuestionIds.Location).Help.En, StringComparison.Ordinal);
    }
}

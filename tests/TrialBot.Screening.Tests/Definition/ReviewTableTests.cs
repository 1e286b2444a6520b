using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

/// <summary>The reviewer's table in trials/README.md has a row per criterion naming exactly the questions that feed it.</summary>
public class ReviewTableTests
{
    private static readonly string[] Rows = ListingFile.ReadRepositoryFile("trials/README.md")
        .Split('\n')
        .Where(line => line.StartsWith("| I", StringComparison.Ordinal) || line.StartsWith("| E", StringComparison.Ordinal))
        .ToArray();

    public static TheoryData<string> CriterionIds() => new(TrialFixture.Definition.Criteria.Select(criterion => criterion.Id));

    [Theory]
    [MemberData(nameof(CriterionIds))]
    public void Each_criterion_has_a_row_with_its_questions_and_listing_sentence(string criterionId)
    {
        var row = Assert.Single(Rows, line => line.StartsWith($"| {criterionId} ", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        var questionIds = cells[3].Split(',', StringSplitOptions.TrimEntries).Select(id => id.Trim('`'));
        var listing = TrialFixture.Definition.Criterion(criterionId).Listing[0].Replace("\\", string.Empty, StringComparison.Ordinal);

        Assert.Equal(TrialFixture.Definition.QuestionsFeeding(criterionId).Select(question => question.Id).Order(), questionIds.Order());
        Assert.Contains(listing[..Math.Min(40, listing.Length)], cells[2], StringComparison.Ordinal);
        Assert.Equal(6, cells.Length - 1);
    }
}

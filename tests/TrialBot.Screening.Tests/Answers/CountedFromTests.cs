using TrialBot.Screening.Answers;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Answers;

/// <summary>
/// A time read from a date is said back with the date, in the unit its count is shown in, when the count alone would be a
/// decimal the person does not recognise ("about 4.2 months" for "since July").
/// </summary>
public class CountedFromTests
{
    private static readonly AnswerDisplay Display = new(TrialFixture.Definition);
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("2026-07-31", " (counting from July 2026)", "（从2026年7月算起）")]
    [InlineData("2019-12-31", " (counting from 2019)", "（从2019年算起）")]
    [InlineData("2026-10-31", " (counting from 31 October)", "（从10月31日算起）")]
    [InlineData("2025-12-25", " (counting from December 2025)", "（从2025年12月算起）")]
    public void A_date_is_said_in_the_unit_of_the_count(string from, string english, string chinese)
    {
        var shown = Display.CountedFrom(Since(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.NotNull(shown);
        Assert.Equal(english, shown.En);
        Assert.Equal(chinese, shown.Zh);
    }

    [Fact]
    public void A_whole_count_is_said_without_a_date()
    {
        var fourMonths = new ElapsedAnswer(Duration.FromMonths(4)) { CountedFrom = Today.AddDays(-(int)Math.Round(Duration.FromMonths(4).Days)) };

        Assert.Null(Display.CountedFrom(fourMonths));
        Assert.Equal("4 months", Display.FormatDated(fourMonths).En);
    }

    [Fact]
    public void A_range_and_an_answer_stored_without_its_day_are_said_without_a_date()
    {
        Assert.Null(Display.CountedFrom(new ElapsedAnswer(Duration.FromDays(128)) { UpTo = Duration.FromDays(150), CountedFrom = Today.AddDays(-128) }));
        Assert.Null(Display.CountedFrom(new ElapsedAnswer(Duration.FromDays(128))));
        Assert.Null(Display.CountedFrom(new YesNoAnswer(true)));
    }

    [Fact]
    public void The_answer_everywhere_else_carries_its_date()
    {
        var sinceJuly = Since(new DateOnly(2026, 7, 31));

        Assert.Equal("4.2 months (counting from July 2026)", Display.FormatDated(sinceJuly).En);
        Assert.Equal("4.2个月（从2026年7月算起）", Display.FormatDated(sinceJuly).Zh);
        Assert.Equal("4.2 months", Display.Format(sinceJuly).En);
    }

    private static ElapsedAnswer Since(DateOnly from) => new(Duration.FromDays(Today.DayNumber - from.DayNumber)) { CountedFrom = from };
}

using TrialBot.Recognition.Questions;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Tests;

/// <summary>The shipped trial file's FAQ triggers find the questions people ask, through the recognition layer.</summary>
public sealed class FaqTriggerTests
{
    private static readonly FaqFinder Finder =
        new(TrialDefinitionLoader.Load(Path.Combine(AppContext.BaseDirectory, "trials", "NCT05765006.json")).Faq);

    [Theory]
    [InlineData("Is it free?", "cost")]
    [InlineData("参加需要费用吗？", "cost")]
    [InlineData("what is CAR-T", "what-is-relma-cel")]
    [InlineData("Who runs this study?", "sponsor")]
    [InlineData("这个能决定我能不能参加吗", "decision")]
    [InlineData("什么是I期", "phase")]
    public void The_questions_people_ask_find_their_answers(string text, string id) => Assert.Equal(id, Finder.Find(text)?.Id);

    [Fact]
    public void An_answer_that_only_looks_like_a_trigger_finds_none() => Assert.Null(Finder.Find("I feel carefree today"));
}

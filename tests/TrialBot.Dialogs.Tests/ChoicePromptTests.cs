using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class ChoicePromptTests
{
    private static readonly PromptOptions AskSite = new()
    {
        Prompt = "Which site is nearer to you?",
        Choices =
        [
            new Choice("shanghai", "Shanghai", ["SH", "上海"]),
            new Choice("wuhan", "Wuhan", ["武汉"]),
        ],
    };

    [Theory]
    [InlineData("2", "wuhan")]
    [InlineData("two", "wuhan")]
    [InlineData("second", "wuhan")]
    [InlineData("1.", "shanghai")]
    [InlineData("Shanghai", "shanghai")]
    [InlineData("WUHAN!", "wuhan")]
    [InlineData("sh", "shanghai")]
    [InlineData("上海", "shanghai")]
    public async Task Picks_by_number_title_or_synonym_ignoring_case(string answer, string expectedValue)
    {
        var driver = SinglePromptDialogs.Driver(new ChoicePrompt("site"), AskSite);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.Equal(expectedValue, SinglePromptDialogs.Result<Choice>(driver).Value.Value);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("Beijing")]
    [InlineData("not Shanghai")]
    public async Task An_answer_that_picks_no_choice_is_reasked_listing_the_choices(string answer)
    {
        var driver = SinglePromptDialogs.Driver(new ChoicePrompt("site"), AskSite);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync(answer);

        Assert.Equal($"{EnglishTexts.Get(DialogTextKeys.ChooseOneOf, "Shanghai, Wuhan")}\n\n{AskSite.Prompt}", reask.Text);
        Assert.Equal(["Shanghai", "Wuhan"], reask.SuggestedActions.Actions.Select(action => action.Title));
    }

    [Fact]
    public async Task A_choice_prompt_without_choices_is_a_programming_error()
    {
        var driver = SinglePromptDialogs.Driver(new ChoicePrompt("site"), new PromptOptions { Prompt = "Which?" });

        await Assert.ThrowsAsync<ArgumentException>(() => driver.SayAsync("start"));
    }
}

using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class ChoiceRenderingTests
{
    private static readonly Choice[] Three = [new("a", "Daily"), new("b", "Weekly"), new("c", "Monthly")];
    private static readonly Choice[] Five = [.. Three, new("d", "Yearly"), new("e", "Never")];

    private static Task<Activity> AskAsync(IReadOnlyList<Choice> choices, string channelId, string? conversationType = null)
    {
        var options = new PromptOptions { Prompt = "How often?", Choices = choices };
        var driver = SinglePromptDialogs.Driver(new ChoicePrompt("often"), options, channelId: channelId, conversationType: conversationType);
        return driver.SayExpectingOneReplyAsync("start");
    }

    [Fact]
    public async Task Web_chat_shows_suggested_actions()
    {
        var question = await AskAsync(Five, "webchat");

        Assert.Equal(["Daily", "Weekly", "Monthly", "Yearly", "Never"], question.SuggestedActions.Actions.Select(action => action.Title));
        Assert.All(question.SuggestedActions.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
        Assert.Equal("How often?", question.Text);
        Assert.Equal(TextFormatTypes.Markdown, question.TextFormat);
    }

    [Fact]
    public async Task Teams_personal_chat_shows_up_to_three_suggested_actions()
    {
        var question = await AskAsync(Three, "msteams", "personal");

        Assert.Equal(3, question.SuggestedActions.Actions.Count);
        Assert.True(question.Attachments is null or { Count: 0 });
    }

    [Fact]
    public async Task Teams_shows_more_than_three_choices_as_a_hero_card()
    {
        var question = await AskAsync(Five, "msteams", "personal");

        Assert.Null(question.SuggestedActions);
        var attachment = Assert.Single(question.Attachments);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        var card = Assert.IsType<HeroCard>(attachment.Content);
        Assert.Equal(["Daily", "Weekly", "Monthly", "Yearly", "Never"], card.Buttons.Select(button => button.Title));
    }

    [Fact]
    public async Task Teams_group_chats_get_a_card_even_for_few_choices()
    {
        var question = await AskAsync(Three, "msteams", "groupChat");

        Assert.Null(question.SuggestedActions);
        Assert.Equal(HeroCard.ContentType, Assert.Single(question.Attachments).ContentType);
    }

    [Fact]
    public async Task Sms_gets_the_numbered_choices_on_one_line_without_the_hint()
    {
        var question = await AskAsync(Three, "sms");

        Assert.Null(question.SuggestedActions);
        Assert.True(question.Attachments is null or { Count: 0 });
        Assert.Equal(TextFormatTypes.Plain, question.TextFormat);
        Assert.Equal("How often?\n1. Daily, 2. Weekly, 3. Monthly", question.Text);
    }

    [Theory]
    [InlineData("some-unknown-channel")]
    public async Task Text_only_channels_get_numbered_plain_text(string channelId)
    {
        var question = await AskAsync(Three, channelId);

        Assert.Null(question.SuggestedActions);
        Assert.True(question.Attachments is null or { Count: 0 });
        Assert.Equal(TextFormatTypes.Plain, question.TextFormat);
        Assert.Equal($"How often?\n\n1. Daily\n2. Weekly\n3. Monthly\n\n{EnglishTexts.Get(DialogTextKeys.NumberedChoicesHint)}", question.Text);
    }

    [Fact]
    public async Task A_numbered_choice_can_be_answered_by_its_number()
    {
        var options = new PromptOptions { Prompt = "How often?", Choices = Three };
        var driver = SinglePromptDialogs.Driver(new ChoicePrompt("often"), options, channelId: "sms");
        await driver.SayAsync("start");

        await driver.SayAsync("3");

        Assert.Equal("c", SinglePromptDialogs.Result<Choice>(driver).Value.Value);
    }
}

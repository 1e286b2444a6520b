using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Host.BotFramework;
using TrialBot.Host.Chat;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class TerminalChatTests
{
    [Fact]
    public async Task A_scripted_conversation_shows_the_greeting_the_replies_and_numbered_choices()
    {
        var bot = new TwoRepliesBot();
        var transcript = await ChatAsync(bot, "hello\n\n2\nquit\nnever sent\n");

        Assert.Equal(
            [
                "bot> " + TwoRepliesBot.Greeting,
                "you> hello",
                "bot> You said: hello (console, en-US)",
                "bot> " + TwoRepliesBot.SecondReply,
                "     1. Yes",
                "     2. No",
                "you> ",
                "you> 2",
                "     (2: No)",
                "bot> You said: No (console, en-US)",
                "bot> " + TwoRepliesBot.SecondReply,
                "     1. Yes",
                "     2. No",
                "you> quit",
                string.Empty,
            ],
            transcript);
        Assert.Equal(3, bot.Turns);
    }

    [Fact]
    public async Task A_number_without_offered_choices_is_sent_as_typed()
    {
        var transcript = await ChatAsync(new TwoRepliesBot(), "7\n");

        Assert.Contains("bot> You said: 7 (console, en-US)", transcript);
    }

    [Fact]
    public async Task The_chat_ends_at_the_end_of_the_input()
    {
        var bot = new TwoRepliesBot();

        var transcript = await ChatAsync(bot, "hello");

        Assert.Equal(2, bot.Turns);
        Assert.Equal("you> ", transcript[^2]);
    }

    [Fact]
    public async Task The_locale_argument_reaches_the_bot()
    {
        var transcript = await ChatAsync(new TwoRepliesBot(), "你好\n退出\n", "--locale", "zh-CN");

        Assert.Contains("bot> You said: 你好 (console, zh-CN)", transcript);
    }

    [Fact]
    public async Task An_unknown_locale_is_refused_with_a_usage_exit_code()
    {
        await using var app = Build(new TwoRepliesBot(), "--locale", "xx-NOWHERE");
        using var output = new StringWriter();

        var exitCode = await TerminalChat.RunAsync(app, new StringReader("hello\n"), output, echoInput: true);

        Assert.Equal(TerminalChat.UsageExitCode, exitCode);
        Assert.Contains("xx-NOWHERE", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_turn_prints_the_apology_and_the_chat_goes_on()
    {
        var transcript = await ChatAsync(new ThrowingBot(), "hello\nagain\n");

        // One apology per message the person typed; none for the chat's start, which they did not send.
        Assert.Equal(2, transcript.Count(line => line == "bot> " + TurnErrorApology.English));
        Assert.DoesNotContain(transcript, line => line.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hero_card_shows_its_title_text_and_numbered_buttons_and_a_number_picks_a_button()
    {
        var transcript = await ChatAsync(new HeroCardBot(), "hello\n2\n");

        Assert.Equal(
            ["bot> Site", "bot> Choose the site nearest to you.", "     1. Shanghai", "     2. Wuhan", "you> 2", "     (2: Wuhan)", "bot> Site"],
            transcript.Skip(1).Take(7));
    }

    [Fact]
    public void Only_chat_as_the_first_argument_selects_the_terminal_chat()
    {
        Assert.True(TerminalChat.IsRequested(["chat", "--locale", "zh-CN"]));
        Assert.False(TerminalChat.IsRequested(["--urls", "http://127.0.0.1:0"]));
        Assert.False(TerminalChat.IsRequested(["--urls", "chat"]));
        Assert.False(TerminalChat.IsRequested([]));
    }

    /// <summary>Answers every message with a hero card with two buttons.</summary>
    private sealed class HeroCardBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type != ActivityTypes.Message)
            {
                return Task.CompletedTask;
            }

            var card = new HeroCard
            {
                Title = "Site",
                Text = "Choose the site nearest to you.",
                Buttons =
                [
                    new(ActionTypes.ImBack, "Shanghai", value: "Shanghai"),
                    new(ActionTypes.ImBack, "Wuhan", value: "Wuhan"),
                ],
            };
            return turnContext.SendActivityAsync(MessageFactory.Attachment(card.ToAttachment()), cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<string>> ChatAsync(IBot bot, string script, params string[] args)
    {
        await using var app = Build(bot, args);
        using var output = new StringWriter();

        var exitCode = await TerminalChat.RunAsync(app, new StringReader(script), output, echoInput: true);

        Assert.Equal(0, exitCode);
        return output.ToString().ReplaceLineEndings("\n").Split('\n');
    }

    private static WebApplication Build(IBot bot, params string[] args)
        => TrialBotHost.Build(RunningHost.CreateBuilder(bot, null, new CapturedLogs(), "Development", ["chat", .. args]));
}

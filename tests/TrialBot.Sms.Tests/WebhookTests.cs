using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Dialogs.Channels;
using TrialBot.Sms.Tests.Bots;
using TrialBot.Sms.Tests.Support;

namespace TrialBot.Sms.Tests;

/// <summary>The webhook on the real host: a signed message in, the bot's replies out as plain-text TwiML.</summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task A_signed_message_is_answered_with_one_message_joining_the_text_of_each_reply_and_nothing_else()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);

        var response = await host.SendAsync(TwilioForms.Message("hello there"));

        // One message for the turn: Twilio does not promise the order of several.
        Assert.Equal(
            [$"{RichRepliesBot.Echo("hello there")}\n\n{RichRepliesBot.SecondReply}\n\n{RichRepliesBot.Question}"],
            await Twiml.MessagesAsync(response));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(RichRepliesBot.CardText, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Yes", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_gets_an_sms_message_from_the_sender_in_the_senders_conversation_with_twilios_id_and_no_locale()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);

        await host.SendAsync(TwilioForms.Message("hello", messageSid: "SM0123456789abcdef0123456789abcdef"));

        var activity = Assert.Single(bot.Received);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("sms", activity.ChannelId);
        Assert.Equal("SM0123456789abcdef0123456789abcdef", activity.Id);
        Assert.Equal(TwilioForms.Sender, activity.Conversation.Id);
        Assert.Equal(TwilioForms.Sender, activity.From.Id);
        Assert.Equal(TwilioForms.BotNumber, activity.Recipient.Id);
        Assert.Equal("hello", activity.Text);
        Assert.Null(activity.Locale);
        Assert.NotNull(activity.Timestamp);
    }

    [Fact]
    public async Task Chinese_text_reaches_the_bot_and_comes_back_intact()
    {
        const string text = "你好，我想了解这个临床试验。";
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);

        var response = await host.SendAsync(TwilioForms.Message(text));

        Assert.Equal(text, Assert.Single(bot.Received).Text);
        Assert.StartsWith(RichRepliesBot.Echo(text) + "\n\n", Assert.Single(await Twiml.MessagesAsync(response)), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Contains(text, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_longer_than_one_sms_is_split_into_messages_of_at_most_1600_characters()
    {
        var sentences = Enumerable.Range(1, 60).Select(number => $"This is sentence number {number} of a long answer, padded to make it longer.");
        var reply = string.Join(' ', sentences);
        Assert.True(reply.Length > 3200);
        await using var host = await SmsTestHost.StartAsync(new FixedReplyBot(reply));

        var messages = await Twiml.MessagesAsync(await host.SendAsync(TwilioForms.Message("tell me everything")));

        Assert.True(messages.Count >= 3);
        Assert.All(messages, message => Assert.InRange(message.Length, 1, 1600));
        Assert.All(messages.SkipLast(1), message => Assert.EndsWith(".", message, StringComparison.Ordinal));
        Assert.Equal(reply, string.Join(' ', messages));
    }

    [Fact]
    public async Task The_longest_message_comes_from_the_registered_channel_table()
    {
        var sentences = Enumerable.Range(1, 12).Select(number => $"Sentence {number} of a reply that is long for a short channel.");
        var reply = string.Join(' ', sentences);
        var table = ChannelCapabilityTable.Default.With("sms", new ChannelCapabilities { MaxMessageLength = 160, PrefersShortTexts = true });
        await using var host = await SmsTestHost.StartAsync(new FixedReplyBot(reply), configure: builder => builder.Services.AddSingleton(table));

        var messages = await Twiml.MessagesAsync(await host.SendAsync(TwilioForms.Message("tell me everything")));

        Assert.True(messages.Count >= 4, string.Join(" | ", messages));
        Assert.All(messages, message => Assert.InRange(message.Length, 1, 160));
        Assert.Equal(reply, string.Join(' ', messages));
    }

    [Fact]
    public async Task A_bot_without_replies_gets_an_empty_response()
    {
        await using var host = await SmsTestHost.StartAsync(new SilentBot());

        var response = await host.SendAsync(TwilioForms.Message("hello"));

        Assert.Empty(await Twiml.MessagesAsync(response));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_runs_the_bot_once()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);
        var form = TwilioForms.Message("hello", messageSid: "SM11111111111111111111111111111111");

        var first = await host.SendAsync(form);
        var second = await host.SendAsync(form);

        Assert.Single(await Twiml.MessagesAsync(first));
        Assert.Empty(await Twiml.MessagesAsync(second));
        Assert.Equal(1, bot.Turns);
    }

    [Fact]
    public async Task A_failing_bot_answers_with_the_hosts_apology()
    {
        await using var host = await SmsTestHost.StartAsync(new ThrowingBot());

        var response = await host.SendAsync(TwilioForms.Message("my secret answer"));

        var message = Assert.Single(await Twiml.MessagesAsync(response));
        Assert.Equal(TrialBot.Host.BotFramework.TurnErrorApology.English, message);
    }

    [Fact]
    public async Task A_bot_that_runs_out_of_time_is_cancelled_and_twilio_gets_an_empty_response()
    {
        var bot = new HangingBot();
        await using var host = await SmsTestHost.StartAsync(bot, new Dictionary<string, string?> { ["Sms:BotTimeout"] = "00:00:00.2" });

        var response = await host.SendAsync(TwilioForms.Message("hello"));

        Assert.Empty(await Twiml.MessagesAsync(response));
        await bot.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("did not answer SMS", host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_from_one_sender_are_handled_one_at_a_time()
    {
        var bot = new OverlapCountingBot();
        await using var host = await SmsTestHost.StartAsync(bot);

        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(number =>
            host.SendAsync(TwilioForms.Message($"message {number}", messageSid: $"SM{number:D32}"))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(4, bot.Turns);
        Assert.Equal(1, bot.MostAtOnce);
    }

    [Fact]
    public async Task What_the_person_wrote_never_reaches_the_logs_even_when_the_bot_fails()
    {
        await using var host = await SmsTestHost.StartAsync(new ThrowingBot());

        var response = await host.SendAsync(TwilioForms.Message("I take 15 mg prednisone daily"));

        Assert.Single(await Twiml.MessagesAsync(response));
        Assert.Contains("Turn failed", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("prednisone", host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_senders_number_never_reaches_the_logs()
    {
        await using var host = await SmsTestHost.StartAsync(new RichRepliesBot());

        await host.SendAsync(TwilioForms.Message("hello"));

        Assert.Contains("Turn message", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(TwilioForms.Sender, host.Logs.AllText, StringComparison.Ordinal);
    }

    private sealed class SilentBot : Microsoft.Bot.Builder.IBot
    {
        public Task OnTurnAsync(Microsoft.Bot.Builder.ITurnContext turnContext, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

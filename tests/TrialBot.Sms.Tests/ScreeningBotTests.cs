using TrialBot.Sms.Tests.Support;

namespace TrialBot.Sms.Tests;

/// <summary>The screening bot the host registers (<c>AddScreeningBot</c>), reached by SMS.</summary>
public sealed class ScreeningBotTests
{
    [Fact]
    public async Task A_chinese_text_gets_the_greeting_and_the_first_question_in_chinese_in_one_short_plain_message()
    {
        await using var host = await SmsTestHost.StartAsync(bot: null);

        var response = await host.SendAsync(TwilioForms.Message("你好"));

        var message = Assert.Single(await Twiml.MessagesAsync(response));
        Assert.StartsWith("您好", message, StringComparison.Ordinal);
        Assert.Contains("NCT05765006", message, StringComparison.Ordinal);
        Assert.InRange(message.Length, 1, 1600);
        Assert.Contains("1. ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("请回复您选择的序号", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_text_gets_the_greeting_and_the_first_question_in_gsm7_without_a_chinese_hint()
    {
        await using var host = await SmsTestHost.StartAsync(bot: null);

        var response = await host.SendAsync(TwilioForms.Message("hi"));

        var message = Assert.Single(await Twiml.MessagesAsync(response));
        Assert.StartsWith("Hi, I'm TrialBot", message, StringComparison.Ordinal);
        Assert.True(TrialBot.Dialogs.Channels.Gsm7Alphabet.CarriesAll(message), message);
        Assert.DoesNotContain("Reply with the number of your choice", message, StringComparison.Ordinal);
        Assert.EndsWith("1. Yes, 2. No", message, StringComparison.Ordinal);
    }
}

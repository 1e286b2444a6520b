using TrialBot.Sms.Tests.Support;

namespace TrialBot.Sms.Tests;

/// <summary>The screening bot the host registers (<c>AddScreeningBot</c>), reached by SMS.</summary>
public sealed class ScreeningBotTests
{
    [Fact]
    public async Task A_chinese_text_gets_the_greeting_and_the_first_question_in_chinese_as_short_plain_messages()
    {
        await using var host = await SmsTestHost.StartAsync(bot: null);

        var response = await host.SendAsync(TwilioForms.Message("你好"));

        var messages = await Twiml.MessagesAsync(response);
        Assert.True(messages.Count >= 2, $"Expected the greeting and a question, got {messages.Count} message(s).");
        Assert.Contains("NCT05765006", messages[0], StringComparison.Ordinal);
        Assert.All(messages, message =>
        {
            Assert.InRange(message.Length, 1, 1600);
            Assert.Contains(message, character => character is >= '\u4e00' and <= '\u9fff');
        });
        Assert.Contains("1. ", messages[^1], StringComparison.Ordinal);
    }
}

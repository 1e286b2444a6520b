using Microsoft.Extensions.Options;
using TrialBot.Sms.Tests.Support;

namespace TrialBot.Sms.Tests;

public sealed class SmsOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_the_channel_off()
    {
        var options = new SmsOptions();

        Assert.True(new SmsOptionsValidator().Validate(null, options).Succeeded);
        Assert.False(options.IsEnabled);
    }

    [Theory]
    [InlineData("Sms:TwilioAuthToken", "too-short")]
    [InlineData("Sms:TwilioAuthToken", "0123456789abcdef 0123456789abcdef")]
    [InlineData("Sms:PublicUrl", "/api/sms")]
    [InlineData("Sms:PublicUrl", "ftp://bot.example.org/api/sms")]
    [InlineData("Sms:BotTimeout", "00:00:00")]
    [InlineData("Sms:BotTimeout", "00:00:15")]
    [InlineData("Sms:MaxBodyLength", "0")]
    public async Task A_wrong_setting_stops_the_host_with_a_message_naming_it(string setting, string value)
    {
        var builder = SmsTestHost.CreateBuilder(bot: null, new Dictionary<string, string?> { [setting] = value }, new CapturedLogs());
        await using var app = TrialBot.Host.TrialBotHost.Build(builder);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(failure.Failures, message => message.StartsWith(setting, StringComparison.Ordinal));
    }
}

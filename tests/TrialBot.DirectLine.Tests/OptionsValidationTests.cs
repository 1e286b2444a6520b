using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Tests.Support;

namespace TrialBot.DirectLine.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("DirectLine:Mode", "Azure", "DirectLine:Secret is required")]
    [InlineData("DirectLine:TokenSigningKey", "c2hvcnQ=", "DirectLine:TokenSigningKey must be base64 of at least 32 bytes")]
    [InlineData("DirectLine:TokenLifetime", "00:00:10", "DirectLine:TokenLifetime must be between")]
    [InlineData("DirectLine:MaxActivitiesPerConversation", "0", "DirectLine:MaxActivitiesPerConversation must be between")]
    [InlineData("DirectLine:BotId", " ", "DirectLine:BotId must not be empty")]
    public async Task A_bad_setting_stops_the_host_with_a_message_naming_it(string setting, string value, string message)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            DirectLineTestHost.StartAsync(new QuestionnaireBot(), new Dictionary<string, string?> { [setting] = value }));

        Assert.Contains(exception.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
    }
}

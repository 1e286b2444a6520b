using System.Net;
using TrialBot.Host.BotFramework;
using TrialBot.Host.Telemetry;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class TurnErrorTests
{
    private const string PersonalText = "my creatinine was 2.6 mg/dl in March";

    [Theory]
    [InlineData("en-US", TurnErrorApology.English)]
    [InlineData("zh-CN", TurnErrorApology.SimplifiedChinese)]
    public async Task A_bot_that_throws_gets_the_person_an_apology_in_their_language_and_no_stack_trace(string locale, string apology)
    {
        await using var host = await RunningHost.StartAsync(new ThrowingBot());

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(PersonalText, locale: locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([apology], await TestActivities.ReplyTextsAsync(response));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_failure_is_logged_with_its_type_and_hashed_conversation_but_not_the_persons_text()
    {
        const string conversationId = "conversation-7f3a";
        await using var host = await RunningHost.StartAsync(new ThrowingBot());

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(PersonalText, conversationId));

        var failure = Assert.Single(host.Logs.Entries, entry => entry.Contains("Turn failed", StringComparison.Ordinal));
        Assert.Contains(typeof(InvalidOperationException).FullName!, failure, StringComparison.Ordinal);
        Assert.Contains(host.Services.GetRequiredService<ConversationIdHash>().Compute(conversationId), failure, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingBot.OnTurnAsync), failure, StringComparison.Ordinal);
        Assert.DoesNotContain("creatinine", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(conversationId, host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_turn_of_an_activity_the_person_did_not_send_gets_no_apology()
    {
        await using var host = await RunningHost.StartAsync(new ThrowingBot());
        var update = TestActivities.Message(string.Empty);
        update["type"] = "conversationUpdate";
        update.Remove("text");

        using var response = await TestActivities.PostAsync(host.Client, update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await TestActivities.ReplyTextsAsync(response));
        Assert.Single(host.Logs.Entries, entry => entry.Contains("Turn failed", StringComparison.Ordinal));
    }
}

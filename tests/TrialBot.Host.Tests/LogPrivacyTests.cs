using System.Net;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>Everything logged while people talk to the bot, at every level, in every category, never contains what they wrote.</summary>
public sealed class LogPrivacyTests
{
    private static readonly string[] PersonalTexts =
    [
        "I was diagnosed with lupus nephritis in 2019",
        "prednisone 15 mg every day",
        "我的尿蛋白是每天两克",
    ];

    [Fact]
    public async Task Turns_over_http_log_neither_the_persons_text_nor_the_raw_conversation_id()
    {
        const string conversationId = "conversation-privacy-3b9e";
        await using var channel = await ReplyCollector.StartAsync();
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        foreach (var text in PersonalTexts)
        {
            using var inResponse = await TestActivities.PostAsync(host.Client, TestActivities.Message(text, conversationId));
            using var toServiceUrl = await TestActivities.PostAsync(
                host.Client, TestActivities.Message(text, conversationId, expectReplies: false, serviceUrl: channel.ServiceUrl.ToString()));
            Assert.Equal(HttpStatusCode.OK, inResponse.StatusCode);
            Assert.Equal(HttpStatusCode.OK, toServiceUrl.StatusCode);
        }

        Assert.Contains(host.Logs.Entries, entry => entry.Contains("Turn message", StringComparison.Ordinal));
        Assert.Equal(PersonalTexts.Length, channel.Replies.Count(reply => ((string?)reply["text"])!.StartsWith("You said", StringComparison.Ordinal)));
        AssertNothingPersonal(host.Logs, conversationId);
    }

    [Fact]
    public async Task Terminal_chat_turns_log_nothing_the_person_wrote()
    {
        var logs = new CapturedLogs();
        await using var app = TrialBotHost.Build(RunningHost.CreateBuilder(new TwoRepliesBot(), null, logs, "Development", "chat"));
        using var output = new StringWriter();

        await Chat.TerminalChat.RunAsync(app, new StringReader(string.Join('\n', PersonalTexts)), output, echoInput: true);

        Assert.Contains(PersonalTexts[0], output.ToString(), StringComparison.Ordinal);
        Assert.Contains(logs.Entries, entry => entry.Contains("Turn message", StringComparison.Ordinal));
        AssertNothingPersonal(logs, conversationId: null);
    }

    private static void AssertNothingPersonal(CapturedLogs logs, string? conversationId)
    {
        var everything = logs.AllText;
        Assert.NotEmpty(logs.Entries);
        foreach (var text in PersonalTexts)
        {
            Assert.DoesNotContain(text, everything, StringComparison.Ordinal);
        }

        if (conversationId is not null)
        {
            Assert.DoesNotContain(conversationId, everything, StringComparison.Ordinal);
        }
    }
}

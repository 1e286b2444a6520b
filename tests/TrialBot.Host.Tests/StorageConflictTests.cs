using System.Net;
using Microsoft.Bot.Builder;
using TrialBot.Host.BotFramework;
using TrialBot.Host.Telemetry;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class StorageConflictTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("en-US", TurnConflictNotice.English)]
    [InlineData("zh-CN", TurnConflictNotice.SimplifiedChinese)]
    public async Task Two_turns_of_one_conversation_at_once_keep_one_answer_and_tell_the_other_sender_to_send_again(string locale, string notice)
    {
        const string conversationId = "conflict-1";
        await using var host = await RunningHost.StartAsync(configure: builder => builder.Services.AddSingleton<IBot>(provider =>
            new QuestionBot(provider.GetRequiredService<ConversationState>()) { BeforeSave = BothTurnsLoaded() }));
        var storage = host.Services.GetRequiredService<IStorage>();
        using (var opening = await TestActivities.PostAsync(host.Client, TestActivities.Message("opening", conversationId, locale: locale)))
        {
            Assert.Equal(QuestionBot.QuestionId(2), await TestActivities.LastQuestionIdAsync(opening));
        }

        // Both turns read the state saved by the opening turn before either saves.
        var first = TestActivities.PostAsync(host.Client, TestActivities.Message("first", conversationId, locale: locale));
        var second = TestActivities.PostAsync(host.Client, TestActivities.Message("second", conversationId, locale: locale));
        using var firstResponse = await first.WaitAsync(Patience);
        using var secondResponse = await second.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        var outcomes = new[] { ("first", firstResponse), ("second", secondResponse) };
        var saved = new List<string>();
        foreach (var (text, response) in outcomes)
        {
            var replies = await TestActivities.ReplyTextsAsync(response);
            if (await TestActivities.LastQuestionIdAsync(response) == QuestionBot.QuestionId(3))
            {
                saved.Add(text);
            }
            else
            {
                // The turn's own replies (an acknowledgement and a question) were dropped: only the notice remains.
                Assert.Equal([notice], replies);
            }
        }

        var kept = Assert.Single(saved);
        Assert.Equal(["opening", kept], await QuestionBot.StoredAnswersAsync(storage, conversationId));
    }

    [Fact]
    public async Task A_conflict_is_logged_as_a_conflict_with_the_hashed_conversation_and_no_text()
    {
        const string conversationId = "conflict-log-5d1e";
        const string personalText = "my creatinine was 2.6 mg/dl";
        await using var host = await RunningHost.StartAsync(new ConflictingBot());

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(personalText, conversationId));

        Assert.Equal([TurnConflictNotice.English], await TestActivities.ReplyTextsAsync(response));
        var conflict = Assert.Single(host.Logs.Entries, entry => entry.Contains("storage conflict", StringComparison.Ordinal));
        Assert.StartsWith("Warning", conflict, StringComparison.Ordinal);
        Assert.Contains(host.Services.GetRequiredService<ConversationIdHash>().Compute(conversationId), conflict, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Contains("Turn failed", StringComparison.Ordinal));
        Assert.DoesNotContain("creatinine", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(conversationId, host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflict_wrapped_in_another_exception_is_still_a_conflict()
    {
        await using var host = await RunningHost.StartAsync(new ConflictingBot(wrap: true));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("41", locale: "zh-CN"));

        Assert.Equal([TurnConflictNotice.SimplifiedChinese], await TestActivities.ReplyTextsAsync(response));
    }

    /// <summary>Lets each of two turns continue only once both have arrived.</summary>
    private static Func<CancellationToken, Task> BothTurnsLoaded()
    {
        var arrived = 0;
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return cancellationToken =>
        {
            // The first turn (the opening) passes at once; the next two wait for each other.
            var order = Interlocked.Increment(ref arrived);
            if (order == 1)
            {
                return Task.CompletedTask;
            }

            if (order == 3)
            {
                both.SetResult();
            }

            return both.Task.WaitAsync(Patience, cancellationToken);
        };
    }
}

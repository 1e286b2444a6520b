using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class DuplicateActivityTests
{
    [Fact]
    public async Task A_re_delivered_activity_gets_an_empty_reply_list_and_does_not_advance_the_conversation()
    {
        QuestionBot? bot = null;
        await using var host = await RunningHost.StartAsync(configure: builder => builder.Services.AddSingleton<IBot>(
            provider => bot = new QuestionBot(provider.GetRequiredService<ConversationState>())));
        var first = TestActivities.Message("41", conversationId: "duplicate-1", id: "delivery-7");

        using var delivered = await TestActivities.PostAsync(host.Client, first);
        using var redelivered = await TestActivities.PostAsync(host.Client, first);
        using var next = await TestActivities.PostAsync(host.Client, TestActivities.Message("yes", conversationId: "duplicate-1"));

        Assert.Equal(QuestionBot.QuestionId(2), await TestActivities.LastQuestionIdAsync(delivered));
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Empty(await TestActivities.RepliesAsync(redelivered));
        Assert.Equal(QuestionBot.QuestionId(3), await TestActivities.LastQuestionIdAsync(next));
        Assert.Equal(["41", "yes"], await QuestionBot.StoredAnswersAsync(host.Services.GetRequiredService<IStorage>(), "duplicate-1"));
        Assert.Equal(2, bot!.Turns);
    }

    [Fact]
    public async Task The_same_activity_id_in_another_conversation_is_not_a_duplicate()
    {
        await using var host = await RunningHost.StartAsync(configure: UseQuestionBot);

        using var inFirst = await TestActivities.PostAsync(host.Client, TestActivities.Message("41", conversationId: "duplicate-a", id: "1"));
        using var inSecond = await TestActivities.PostAsync(host.Client, TestActivities.Message("52", conversationId: "duplicate-b", id: "1"));

        Assert.Equal(QuestionBot.QuestionId(2), await TestActivities.LastQuestionIdAsync(inFirst));
        Assert.Equal(QuestionBot.QuestionId(2), await TestActivities.LastQuestionIdAsync(inSecond));
    }

    [Fact]
    public async Task An_activity_whose_turn_failed_runs_when_it_is_delivered_again()
    {
        var failures = 1;
        await using var host = await RunningHost.StartAsync(configure: builder => builder.Services.AddSingleton<IBot>(provider =>
            new QuestionBot(provider.GetRequiredService<ConversationState>())
            {
                BeforeSave = _ => Interlocked.Decrement(ref failures) >= 0 ? throw new TimeoutException("storage was slow") : Task.CompletedTask,
            }));
        var activity = TestActivities.Message("41", conversationId: "duplicate-retry", id: "delivery-1");

        using var failed = await TestActivities.PostAsync(host.Client, activity);
        using var retried = await TestActivities.PostAsync(host.Client, activity);

        Assert.Null(await TestActivities.LastQuestionIdAsync(failed));
        Assert.Equal(QuestionBot.QuestionId(2), await TestActivities.LastQuestionIdAsync(retried));
        Assert.Equal(["41"], await QuestionBot.StoredAnswersAsync(host.Services.GetRequiredService<IStorage>(), "duplicate-retry"));
    }

    internal static void UseQuestionBot(WebApplicationBuilder builder)
        => builder.Services.AddSingleton<IBot>(provider => new QuestionBot(provider.GetRequiredService<ConversationState>()));
}

using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>A whole screening with the real bot over <c>POST /api/messages</c>: confirmations of what was understood and the review carry their question ids.</summary>
public sealed class WholeScreeningOverMessagesTests
{
    private const int MaxTurns = 40;

    [Fact]
    public async Task An_excluding_answer_is_said_back_as_a_confirm_question_and_the_answers_are_reviewed_before_the_outcome()
    {
        await using var host = await RunningHost.StartAsync();
        var answers = new Dictionary<string, Queue<string>>(StringComparer.Ordinal)
        {
            ["consent"] = Of("yes"),
            ["age"] = Of("45"),
            ["diagnosis"] = Of("yes"),
            ["diagnosis-duration"] = Of("3 years"),
            ["disease-active"] = Of("yes"),
            ["transplant"] = Of("no"),
            ["lupus-crisis"] = Of("no"),
            ["cns"] = Of("no"),
            ["other-autoimmune"] = Of("no"),
            ["treatment"] = Of("prednisone and hydroxychloroquine"),
            ["steroid-dose"] = Of("prednisone 10 mg a day"),
            ["steroid-duration"] = Of("6 months"),
            ["steroid-stable"] = Of("10 days", "2 months"),
            ["steroid-stable.confirm"] = Of("no"),
            ["high-dose-steroids"] = Of("no"),
            ["kidney"] = Of("no"),
            ["antibodies"] = Of("yes"),
            ["sledai"] = Of("10"),
            ["iga"] = Of("2.1 g/L"),
            ["location"] = Of("Wuhan"),
            ["review"] = Of("yes"),
        };
        var asked = new List<string>();
        JsonObject? outcome = null;

        var text = "hello";
        for (var turn = 0; turn < MaxTurns && outcome is null; turn++)
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(text, conversationId: "whole-screening", id: $"turn-{turn}"));
            var replies = await TestActivities.RepliesAsync(response);
            outcome = replies.SelectMany(reply => reply["entities"]?.AsArray() ?? []).OfType<JsonObject>().FirstOrDefault(entity => (string?)entity["type"] == "trialbot/outcome");
            var questionId = await TestActivities.LastQuestionIdAsync(response);
            if (outcome is null)
            {
                Assert.NotNull(questionId);
                asked.Add(questionId);
                text = answers[questionId].Dequeue();
            }
        }

        Assert.NotNull(outcome);
        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        Assert.Equal(["steroid-stable", "steroid-stable.confirm", "steroid-stable", "high-dose-steroids"], asked.SkipWhile(id => id != "steroid-stable").Take(4));
        Assert.Equal(["location", "review"], asked.TakeLast(2));
    }

    private static Queue<string> Of(params string[] texts) => new(texts);
}

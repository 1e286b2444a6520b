using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>
/// Whole screenings over <c>POST /api/messages</c> of the second trial, NCT06038474, with the host configured with that
/// trial only: its questions, rules and texts come from its file, with no code of its own. It has no Chinese texts, so
/// someone who writes Chinese is screened in English and told so.
/// </summary>
public sealed class SecondTrialOverMessagesTests
{
    private const int MaxTurns = 30;

    private static readonly Dictionary<string, string?> SecondTrialOnly = new() { ["Trial:DefinitionPath"] = "trials/NCT06038474.json" };

    [Fact]
    public async Task An_adult_with_active_lupus_who_tried_a_steroid_and_two_immunosuppressants_is_likely_eligible_at_the_one_site()
    {
        await using var host = await RunningHost.StartAsync(settings: SecondTrialOnly);

        var (outcome, asked, _) = await ScreenAsync(host, "second-eligible", ThroughEveryQuestion("52", "prednisone, mycophenolate mofetil and azathioprine"));

        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        Assert.Equal(["I1", "I2", "I3", "I4", "E1", "E2", "E3"], outcome["criteria"]!.AsArray().Select(criterion => (string?)criterion!["id"]));
        Assert.All(outcome["criteria"]!.AsArray(), criterion => Assert.Equal("pass", (string?)criterion!["status"]));
        Assert.Equal("oceanside", (string?)outcome["site"]?["id"]);
        Assert.DoesNotContain("consent", asked);
        Assert.DoesNotContain("location", asked);
    }

    [Fact]
    public async Task Only_one_immunosuppressant_besides_the_steroid_is_likely_ineligible_on_that_criterion()
    {
        await using var host = await RunningHost.StartAsync(settings: SecondTrialOnly);

        var (outcome, _, _) = await ScreenAsync(host, "second-one-immunosuppressant", new()
        {
            ["age"] = "40",
            ["diagnosis"] = "yes",
            ["pregnant"] = "no",
            ["disease-active"] = "yes",
            ["treatment"] = "prednisone and methotrexate",
            ["treatment.confirm"] = "yes",
            ["review"] = "yes",
        });

        Assert.Equal("likely-ineligible", (string?)outcome["outcome"]);
        var failed = outcome["criteria"]!.AsArray().Where(criterion => (string?)criterion!["status"] == "fail").Select(criterion => (string?)criterion!["id"]);
        Assert.Equal(["I3"], failed);
    }

    [Fact]
    public async Task A_steroid_taken_for_two_weeks_is_shown_back_and_the_screening_needs_review_not_likely_eligible()
    {
        await using var host = await RunningHost.StartAsync(settings: SecondTrialOnly);

        var (outcome, _, texts) = await ScreenAsync(host, "second-short-steroid", ThroughEveryQuestion("52", "prednisone for 2 weeks, methotrexate for a month and cellcept"));

        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        var i3 = outcome["criteria"]!.AsArray().Single(criterion => (string?)criterion!["id"] == "I3")!;
        Assert.Equal("unknown", (string?)i3["status"]);
        Assert.Contains(texts, text => text is not null && text.Contains("Lupus medicines tried: prednisone (for 2 weeks), methotrexate (for 1 month), mycophenolate mofetil", StringComparison.Ordinal));
        Assert.Contains(texts, text => text is not null && text.Contains("You named prednisone (for 2 weeks), which we did not count", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Before_an_exclusion_the_medicines_are_said_back_with_how_long_each_was_taken()
    {
        await using var host = await RunningHost.StartAsync(settings: SecondTrialOnly);

        var (outcome, asked, texts) = await ScreenAsync(host, "second-short-confirm", new()
        {
            ["age"] = "40",
            ["diagnosis"] = "yes",
            ["pregnant"] = "no",
            ["disease-active"] = "yes",
            ["treatment"] = "prednisone for 2 weeks and methotrexate",
            ["treatment.confirm"] = "yes",
            ["review"] = "yes",
        });

        Assert.Contains("treatment.confirm", asked);
        Assert.Contains(texts, text => text is not null && text.Contains("prednisone (for 2 weeks), methotrexate", StringComparison.Ordinal));
        Assert.Equal("likely-ineligible", (string?)outcome["outcome"]);
    }

    [Fact]
    public async Task An_immunosuppressant_stopped_years_ago_is_not_counted_and_the_screening_needs_review()
    {
        await using var host = await RunningHost.StartAsync(settings: SecondTrialOnly);

        var (outcome, _, texts) = await ScreenAsync(host, "second-old-immunosuppressant", ThroughEveryQuestion("44", "prednisone and cellcept now. I was on azathioprine years ago, like 2019, stopped it"));

        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Contains(texts, text => text is not null && text.Contains("azathioprine (stopped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_who_writes_Chinese_is_told_the_screening_is_in_English_and_is_asked_in_English()
    {
        await using var host = await RunningHost.StartAsync(settings: SecondTrialOnly);

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("你好，我想参加这个研究", conversationId: "second-chinese", id: "turn-0", locale: "zh-CN"));
        var texts = await TestActivities.ReplyTextsAsync(response);

        Assert.Contains(texts, text => text is not null && text.Contains("English only", StringComparison.Ordinal) && text.Contains("只有英文版", StringComparison.Ordinal));
        Assert.Contains(texts, text => text is not null && text.Contains("How old are you?", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text is not null && text.Contains("NCT05765006", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pregnancy_ends_the_screening_early_as_likely_ineligible()
    {
        await using var host = await RunningHost.StartAsync(settings: SecondTrialOnly);

        var (outcome, asked, texts) = await ScreenAsync(host, "second-pregnant", new()
        {
            ["age"] = "31",
            ["diagnosis"] = "yes",
            ["pregnant"] = "yes",
            ["pregnant.confirm"] = "yes",
            ["review"] = "yes",
        });

        Assert.Equal("likely-ineligible", (string?)outcome["outcome"]);
        Assert.DoesNotContain("treatment", asked);
        var message = texts[^1] ?? string.Empty;
        Assert.Contains("pregnant or breastfeeding", message, StringComparison.Ordinal);
        Assert.DoesNotContain("brain or spinal cord", message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The answers of an adult with lupus, active, not pregnant, with antibodies and none of the exclusions, who answers
    /// the treatment question with <paramref name="treatment"/>: every question of the trial has its answer.
    /// </summary>
    private static Dictionary<string, string> ThroughEveryQuestion(string age, string treatment) => new()
    {
        ["age"] = age,
        ["diagnosis"] = "yes",
        ["pregnant"] = "no",
        ["disease-active"] = "yes",
        ["treatment"] = treatment,
        ["antibodies"] = "yes",
        ["nephritis"] = "no",
        ["neuro"] = "no",
        ["chronic-illness"] = "no",
        ["review"] = "yes",
    };

    private static async Task<(JsonObject Outcome, List<string> Asked, List<string?> Texts)> ScreenAsync(RunningHost host, string conversationId, Dictionary<string, string> answers)
    {
        var asked = new List<string>();
        var texts = new List<string?>();
        var text = "hello";
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(text, conversationId: conversationId, id: $"turn-{turn}"));
            var replies = await TestActivities.RepliesAsync(response);
            texts.AddRange(replies.Select(reply => (string?)reply["text"]));
            var outcome = replies.SelectMany(reply => reply["entities"]?.AsArray() ?? []).OfType<JsonObject>().FirstOrDefault(entity => (string?)entity["type"] == "trialbot/outcome");
            if (outcome is not null)
            {
                return (outcome, asked, texts);
            }

            var questionId = await TestActivities.LastQuestionIdAsync(response);
            Assert.NotNull(questionId);
            asked.Add(questionId);
            Assert.True(answers.TryGetValue(questionId, out var answer), $"Asked {questionId}, which the script has no answer for (asked so far: {string.Join(", ", asked)}).");
            text = answer;
        }

        throw new Xunit.Sdk.XunitException($"No outcome after {MaxTurns} turns; asked: {string.Join(", ", asked)}.");
    }
}

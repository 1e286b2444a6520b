using Microsoft.Bot.Schema;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>The outcome as people read it: the result and what decides it first, in plain words; the details on request and, where cards show, collapsed.</summary>
public sealed class OutcomeTextTests
{
    [Fact]
    public async Task A_likely_ineligible_outcome_starts_with_the_result_and_its_reason_in_plain_words_and_keeps_the_details_collapsed()
    {
        await using var driver = ChatDriver.Create();

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish.With(("transplant", "yes")));

        var outcome = transcript.LastReplies.Single(reply => reply.Entities?.Any(entity => entity.Type == Replies.OutcomeEntityType) == true);
        Assert.StartsWith("From your answers, you are likely not eligible", outcome.Text, StringComparison.Ordinal);
        Assert.Contains("The study does not include people who have had an organ, stem cell or bone marrow transplant.", outcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hematopoietic", outcome.Text, StringComparison.Ordinal);
        var card = Assert.Single(outcome.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(card.Content);
        Assert.Contains("Action.ToggleVisibility", json, StringComparison.Ordinal);
        Assert.Contains("hematopoietic", json, StringComparison.Ordinal);

        var details = await driver.SayAsync("details");
        Assert.Contains("- Organ or stem cell transplant (not met):", Replies.Text(details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_likely_eligible_outcome_names_no_jargon_before_the_details_and_one_investigator_in_the_singular()
    {
        await using var driver = ChatDriver.Create();

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish.With(("location", "Shanghai")));

        var text = Replies.Text(transcript.LastReplies);
        Assert.DoesNotContain("SELENA-SLEDAI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1997 ACR", text, StringComparison.Ordinal);
        Assert.DoesNotContain("serum IgA", text, StringComparison.Ordinal);
        Assert.Contains("Listed investigator: Liangjing Lv.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("investigators", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_in_chinese_before_the_outcome_say_there_is_no_result_yet()
    {
        await using var driver = ChatDriver.Create(locale: "zh-CN");
        await driver.JoinAsync();

        var replies = await driver.SayAsync("详情");

        Assert.Equal("还没有结果：回答完问题后才有详情。", replies[0].Text);
        Assert.Equal("consent", Replies.LastQuestionId(replies));
    }
}

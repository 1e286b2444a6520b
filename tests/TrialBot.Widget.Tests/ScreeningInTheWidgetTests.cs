using Microsoft.Playwright;
using TrialBot.Widget.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TrialBot.Widget.Tests;

/// <summary>
/// A whole screening in the website widget, end to end: the real host (Development, state in memory) serves its page,
/// headless Chromium runs the bundled Web Chat over the self-hosted Direct Line, and the person types (or clicks) an
/// answer to every question the bot asks, up to the outcome and the referral question. Which question is asked is read
/// from the <c>trialbot/question</c> entity of the messages the page receives; what a person sees is checked on the
/// page against the trial definition's texts. Before the outcome the bot lists the answers as it understood them
/// (question id <c>review</c>); the person confirms them with the "Yes" button (English) or by typing 是 (Chinese).
/// </summary>
public sealed class ScreeningInTheWidgetTests(WidgetFixture widget) : IClassFixture<WidgetFixture>
{
    /// <summary>A whole screening must end within this, whatever happens; each step has its own, shorter limit.</summary>
    private static readonly TimeSpan ScreeningLimit = TimeSpan.FromSeconds(60);

    private static readonly TrialTexts Trial = TrialTexts.Load();

    /// <summary>An eligible person near Shanghai, in English; consent is given with the bot's "Yes" button.</summary>
    private static readonly ScriptedAnswer[] EnglishAnswers =
    [
        new("consent", "Yes", ByButton: true),
        new("age", "45"),
        new("diagnosis", "yes"),
        new("diagnosis-duration", "diagnosed 3 years ago"),
        new("disease-active", "yes"),
        new("transplant", "no"),
        new("lupus-crisis", "no"),
        new("cns", "no"),
        new("other-autoimmune", "no"),
        new("treatment", "prednisone 10 mg and mycophenolate"),
        new("steroid-dose", "prednisone 10 mg a day"),
        new("steroid-duration", "for 6 months"),
        new("steroid-stable", "same dose for 2 months"),
        new("high-dose-steroids", "no"),
        new("kidney", "no"),
        new("antibodies", "yes"),
        new("sledai", "I don't know"),
        new("iga", "I don't know"),
        new("location", "Hangzhou"),
    ];

    /// <summary>The same person in Chinese; the diagnosis is confirmed with the bot's "是" button.</summary>
    private static readonly ScriptedAnswer[] ChineseAnswers =
    [
        new("consent", "是"),
        new("age", "45岁"),
        new("diagnosis", "是", ByButton: true),
        new("diagnosis-duration", "三年前确诊"),
        new("disease-active", "是"),
        new("transplant", "没有"),
        new("lupus-crisis", "没有"),
        new("cns", "没有"),
        new("other-autoimmune", "没有"),
        new("treatment", "泼尼松和吗替麦考酚酯"),
        new("steroid-dose", "每天10毫克泼尼松"),
        new("steroid-duration", "半年"),
        new("steroid-stable", "两个月没变"),
        new("high-dose-steroids", "没有"),
        new("kidney", "没有"),
        new("antibodies", "是"),
        new("sledai", "不知道"),
        new("iga", "不知道"),
        new("location", "杭州"),
    ];

    [Fact]
    public Task An_eligible_person_screened_in_English_is_told_likely_eligible_with_the_Shanghai_site_and_asked_about_a_referral() =>
        ScreenAsync("en", EnglishAnswers, "screening-english.png").WaitAsync(ScreeningLimit);

    [Fact]
    public Task After_switching_the_page_to_Chinese_the_same_person_screened_in_Chinese_gets_the_same_outcome_in_Chinese() =>
        ScreenAsync("zh", ChineseAnswers, "screening-chinese.png").WaitAsync(ScreeningLimit);

    private async Task ScreenAsync(string language, IReadOnlyList<ScriptedAnswer> answers, string screenshot)
    {
        await using var page = await WidgetPage.OpenAsync(widget.Browser, widget.Address);
        if (language == "zh")
        {
            // As a person would: the page opens in English (the browser's language), and once the chat has asked its
            // first question, they switch to Chinese. The page keeps the conversation: it asks the bot for Chinese, as
            // typing "中文" would, and the bot asks the same question again in Chinese, below the English one.
            var english = await page.NextQuestionOrOutcomeAsync();
            Assert.True(english.QuestionId == "consent", $"Expected the consent question first, the bot sent {english}.");
            await page.ExpectBotMessageAsync(Trial.Question("consent", "en", 1));
            await page.SwitchLanguageAsync("中文");
            await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "NCT05765006 临床试验预筛查" })).ToBeVisibleAsync();
            await page.ExpectUserMessageAsync("中文");
            await page.ExpectBotMessageShownAsync(Trial.Question("consent", "en", 1));
        }

        var ordinal = 0;
        foreach (var answer in answers)
        {
            var asked = await page.NextQuestionOrOutcomeAsync();
            Assert.True(
                asked.QuestionId == answer.QuestionId,
                $"Question {ordinal + 1}: expected \"{answer.QuestionId}\", the bot sent {asked} (the same question again means the last answer was not understood).");
            await page.ExpectBotMessageAsync(Trial.Question(answer.QuestionId, language, ++ordinal));
            await answer.GiveAsync(page, asked);
        }

        var review = await page.NextQuestionOrOutcomeAsync();
        Assert.True(review.QuestionId == "review", $"Expected the review of the answers before the outcome, the bot sent {review}.");
        await page.ExpectBotMessageAsync(ScreenText.Containing(language == "zh" ? "年龄：45岁" : "Age: 45 years old"), wholly: false);
        await new ScriptedAnswer("review", language == "zh" ? "是" : "Yes", ByButton: language == "en").GiveAsync(page, review);

        var outcome = await page.NextQuestionOrOutcomeAsync();
        Assert.True(outcome.OutcomeId == "likely-eligible", $"Expected the outcome likely-eligible, the bot sent {outcome}.");
        Assert.Equal("shanghai-renji", outcome.SiteId);
        await page.ExpectBotMessageAsync(ScreenText.Containing(Trial.Text("outcome.likely-eligible", language)), wholly: false);
        await page.ExpectBotMessageAsync(ScreenText.Containing(Trial.SiteName("shanghai-renji", language)), wholly: false);

        var referral = await page.NextQuestionOrOutcomeAsync();
        Assert.True(referral.QuestionId == "referral", $"Expected the referral question after the outcome, the bot sent {referral}.");
        await page.ExpectBotMessageAsync(ScreenText.Containing(referral.Text));
        await page.SaveScreenshotAsync(screenshot);

        Assert.Empty(await page.SendFailuresShownAsync());
        Assert.True(page.FailedRequests.Count == 0, "Direct Line requests failed: " + string.Join("; ", page.FailedRequests));
        Assert.True(page.ScriptErrors.Count == 0, "The page's scripts failed: " + string.Join("; ", page.ScriptErrors));
    }
}

using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class EligibleConversationTests
{
    [Theory]
    [InlineData("en", "en-US")]
    [InlineData("zh", "zh-CN")]
    public async Task An_eligible_person_gets_likely_eligible_with_all_twelve_criteria(string language, string locale)
    {
        await using var driver = ChatDriver.Create(locale: locale);

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        Assert.Equal(["I1", "I2", "I3", "I4", "I5", "I6", "E1", "E2", "E3", "E4", "E5", "E6"], outcome["criteria"]!.Select(criterion => (string?)criterion["id"]));
        Assert.Equal("shanghai-renji", (string?)outcome["site"]!["id"]);
        Assert.Equal(DialogIdsForTests.Referral, Replies.LastQuestionId(transcript.LastReplies));
    }
}

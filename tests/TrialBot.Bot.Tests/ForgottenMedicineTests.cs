using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>A medicine added while answering another question joins the medicines answer, said back at once.</summary>
public sealed class ForgottenMedicineTests
{
    [Theory]
    [InlineData("en", "prednisone 5 mg every morning. Oh and I forgot to say, I'm on methotrexate as well", "I have added methotrexate to your lupus medicines.")]
    [InlineData("zh", "泼尼松每天一片5毫克。对了刚才忘说了，我还在吃他克莫司", "我已把他克莫司加到您的狼疮用药里。")]
    public async Task A_medicine_added_at_the_dose_question_is_said_back_and_counts_for_the_outcome(string language, string doseAnswer, string notice)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        // 5 mg of prednisone with hydroxychloroquine alone is under the minimum; with an immunosuppressant it is not.
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("steroid-dose", doseAnswer)));

        Assert.Contains(transcript.AllReplies, reply => reply.Text == notice);
        Assert.Equal("likely-eligible", (string?)Replies.Outcome(transcript.LastReplies)!["outcome"]);
    }

    [Theory]
    [InlineData("prednisone 10 mg a day. my rash got worse when we tried methotrexate years ago")]
    [InlineData("prednisone 10 mg a day, also they might add cellcept next month")]
    public async Task A_medicine_named_in_passing_or_only_planned_is_not_added(string doseAnswer)
    {
        await using var driver = ChatDriver.Create();

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish.With(("steroid-dose", doseAnswer)));

        Assert.DoesNotContain(transcript.AllReplies, reply => reply.Text?.Contains("to your lupus medicines", StringComparison.Ordinal) == true);
    }
}

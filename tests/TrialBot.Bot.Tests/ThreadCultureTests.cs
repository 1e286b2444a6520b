using System.Globalization;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>
/// The Bot Framework sets the thread culture from each activity's locale, and Microsoft.Recognizers.Text models only work
/// under the culture they were first built under: answers must be recognised whatever the thread culture.
/// </summary>
public class ThreadCultureTests
{
    [Fact]
    public async Task Chinese_then_English_then_Chinese_answers_are_recognised_under_changing_thread_cultures()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            await using var chinese = ChatDriver.Create(locale: "zh-CN");
            await using var english = ChatDriver.Create(locale: "en-US");
            await ScreeningRun.RunAsync(chinese, AnswerBook.EligibleChinese, stopAt: "age");
            await ScreeningRun.RunAsync(english, AnswerBook.EligibleEnglish, stopAt: "age");

            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
            var first = await chinese.SayAsync("三十五岁");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            var second = await english.SayAsync("forty-five");
            await ScreeningRun.RunAsync(chinese, AnswerBook.EligibleChinese, first, stopAt: "diagnosis-duration");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            var third = await chinese.SayAsync("确诊三年了");

            Assert.Equal("diagnosis", Replies.LastQuestionId(first));
            Assert.Equal("diagnosis", Replies.LastQuestionId(second));
            Assert.Equal("disease-active", Replies.LastQuestionId(third));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

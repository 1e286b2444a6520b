using System.Globalization;

namespace TrialBot.Recognition.Tests;

/// <summary>
/// The Bot Framework sets the thread culture from each activity's locale; recognition must not depend on it.
/// </summary>
public class ThreadCultureTests
{
    [Fact]
    public void Chinese_and_English_answers_are_recognised_whatever_the_thread_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var threadCulture in new[] { "zh-CN", "en-US", "", "zh-CN", "fr-FR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(threadCulture);

                Assert.Equal(35, AgeRecognizer.Recognize("我今年三十五岁", "zh-CN").Value);
                Assert.Equal(42, AgeRecognizer.Recognize("forty-two", "en-US").Value);
                Assert.Equal(7.5, NumberReader.Read("七点五", "zh-CN").Value);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

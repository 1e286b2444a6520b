using TrialBot.Bot.Answers;

namespace TrialBot.Bot.Tests;

public class ContactReaderTests
{
    [Theory]
    [InlineData("13812345678", true, "13812345678")]
    [InlineData("+86 138-1234-5678", true, "+8613812345678")]
    [InlineData("You can call me on 021 6408 6010", true, "02164086010")]
    [InlineData("我的电话是13812345678", true, "13812345678")]
    [InlineData("1234567", true, "1234567")]
    [InlineData("123456789012345", true, "123456789012345")]
    [InlineData("li.wei@example.org", false, "li.wei@example.org")]
    [InlineData("邮箱：wang_fang+study@example.com.cn", false, "wang_fang+study@example.com.cn")]
    public void Finds_one_phone_number_or_email_address(string text, bool isPhone, string value)
    {
        var reading = ContactReader.Read(text);

        Assert.True(reading.IsRecognized);
        Assert.Equal(new ContactDetails(isPhone ? ContactKind.Phone : ContactKind.Email, value), reading.Value);
    }

    [Theory]
    [InlineData("123456", ContactReader.Invalid)]
    [InlineData("1234567890123456", ContactReader.Invalid)]
    [InlineData("me@example", ContactReader.Invalid)]
    [InlineData("no thanks", ContactReader.Invalid)]
    [InlineData("", ContactReader.Invalid)]
    [InlineData("13812345678 or a@example.org", ContactReader.Ambiguous)]
    public void Refuses_anything_else(string text, string problem)
    {
        Assert.Equal(problem, ContactReader.Read(text).Problem);
    }

    [Theory]
    [InlineData("Li Wei", true)]
    [InlineData("王芳", true)]
    [InlineData("what does it cost?", false)]
    [InlineData("138 1234 5678", false)]
    [InlineData("li@example.org", false)]
    public void A_name_is_short_text_without_digits_question_marks_or_at_signs(string text, bool isName)
    {
        Assert.Equal(isName, NameReader.Read(text).IsRecognized);
    }
}

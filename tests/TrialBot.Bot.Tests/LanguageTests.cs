using Microsoft.Bot.Schema;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class LanguageTests
{
    private static Activity Message(string? text, string? locale) => new(ActivityTypes.Message) { Text = text, Locale = locale };

    [Theory]
    [InlineData(null, "hello", "zh-CN", null, "zh", true)]
    [InlineData(null, "hello", "zh-Hans", null, "zh", true)]
    [InlineData(null, "hello", "zh", null, "zh", true)]
    [InlineData(null, "你好，我想参加", "en-US", null, "zh", true)]
    [InlineData(null, "hello", "en-US", null, "en", true)]
    [InlineData(null, "45", null, null, "en", false)]
    [InlineData("zh", "hello", "en-US", null, "zh", false)]
    [InlineData("zh", "English", "zh-CN", "en", "en", true)]
    [InlineData("en", "中文", "en-US", "zh", "zh", true)]
    public void The_language_is_asked_for_remembered_from_the_locale_or_from_the_script(string? remembered, string text, string? locale, string? requested, string expected, bool remember)
    {
        Assert.Equal(new LanguageChoice(expected, remember), LanguageChooser.Choose(remembered, Message(text, locale), requested));
    }

    [Theory]
    [InlineData("en", "en-GB", "en-GB")]
    [InlineData("en", "zh-CN", "en-US")]
    [InlineData("en", null, "en-US")]
    [InlineData("zh", "en-US", "zh-CN")]
    [InlineData("zh", "zh-Hans", "zh-Hans")]
    public void The_locale_set_keeps_the_channels_own_when_it_is_of_the_language(string language, string? activityLocale, string expected)
    {
        Assert.Equal(expected, ConversationLanguages.LocaleFor(language, activityLocale));
    }

    [Fact]
    public void Today_is_the_persons_date_unless_their_clock_is_off_by_more_than_a_day()
    {
        var clock = new FixedClock();
        var lateEvening = new Activity { LocalTimestamp = new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.FromHours(8)) };
        var wrongClock = new Activity { LocalTimestamp = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var none = new Activity();

        Assert.Equal(new DateOnly(2026, 11, 25), TurnDate.Today(lateEvening, clock));
        Assert.Equal(new DateOnly(2026, 11, 24), TurnDate.Today(wrongClock, clock));
        Assert.Equal(new DateOnly(2026, 11, 24), TurnDate.Today(none, clock));
    }
}

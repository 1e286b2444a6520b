using System.Text.RegularExpressions;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>The greeting announces as many questions as the first question's progress counts, in both languages.</summary>
public sealed partial class QuestionCountTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task The_greeting_and_the_first_question_give_the_same_number_of_questions(string locale)
    {
        await using var chat = ChatDriver.Create(locale: locale);
        var replies = await chat.SayAsync(locale == "en-US" ? "hello" : "你好");
        var texts = replies.Select(reply => reply.Text ?? string.Empty).ToList();

        var announced = texts.Select(text => Announced().Match(text)).First(match => match.Success);
        var progress = texts.Select(text => Progress().Match(text)).First(match => match.Success);

        Assert.Equal(progress.Groups["n"].Value, announced.Groups["n"].Value);
        Assert.Equal("1", progress.Groups["current"].Value);
    }

    [GeneratedRegex(@"about (?<n>\d+) questions|约(?<n>\d+)个问题")]
    private static partial Regex Announced();

    [GeneratedRegex(@"Question (?<current>\d+) of about (?<n>\d+)|第(?<current>\d+)题，共约(?<n>\d+)题")]
    private static partial Regex Progress();
}

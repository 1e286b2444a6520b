using TrialBot.Bench.Conversations;
using TrialBot.Bench.Measurement;

namespace TrialBot.Bench.Tests;

public class ScriptedConversationTests
{
    [Fact]
    public async Task Answers_each_question_by_its_id_whatever_the_order_and_ends_when_nothing_is_asked()
    {
        var channel = new ScriptedChannel("age", "consent", "kidney.creatinine", null);
        var log = new TurnLog();

        var completed = await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(ScriptLanguage.English), log);

        Assert.True(completed);
        Assert.Equal(["hello", "I'm 34", "yes", "1.1 mg/dL"], channel.TextsReceived);
        Assert.Equal(1, log.Conversations);
        Assert.Equal(4, log.Turns);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task Answers_in_Chinese_in_a_Chinese_conversation()
    {
        var channel = new ScriptedChannel("age", null);

        await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(ScriptLanguage.Chinese), new TurnLog());

        Assert.Equal(["你好", "我今年三十四岁"], channel.TextsReceived);
    }

    [Theory]
    [InlineData("en", "yes")]
    [InlineData("zh", "是")]
    public async Task The_review_and_any_confirmation_of_what_was_understood_are_answered_yes(string languageCode, string yes)
    {
        var language = languageCode == "zh" ? ScriptLanguage.Chinese : ScriptLanguage.English;
        var channel = new ScriptedChannel("steroid-stable.confirm", "review", null);
        var log = new TurnLog();

        var completed = await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(language), log);

        Assert.True(completed);
        Assert.Equal([yes, yes], channel.TextsReceived.Skip(1));
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task A_question_without_a_scripted_answer_fails_the_conversation_and_names_the_question()
    {
        var log = new TurnLog();

        var completed = await ScriptedConversation.RunAsync(BotKind.Screening, new ScriptedChannel("favourite-colour"), ConversationIdentity.New(ScriptLanguage.English), log);

        Assert.False(completed);
        Assert.Equal(0, log.Conversations);
        Assert.Contains("favourite-colour", Assert.Single(log.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_asked_again_means_the_answer_was_not_understood()
    {
        var log = new TurnLog();

        var completed = await ScriptedConversation.RunAsync(BotKind.Screening, new ScriptedChannel("age", "age"), ConversationIdentity.New(ScriptLanguage.English), log);

        Assert.False(completed);
        Assert.Contains("asked again", Assert.Single(log.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_greeting_answered_without_a_question_is_a_failure()
    {
        var log = new TurnLog();

        var completed = await ScriptedConversation.RunAsync(BotKind.Screening, new ScriptedChannel(), ConversationIdentity.New(ScriptLanguage.English), log);

        Assert.False(completed);
        Assert.Single(log.Errors);
    }

    [Fact]
    public async Task A_conversation_told_to_stop_is_left_after_the_turn_under_way_without_an_error()
    {
        var channel = new ScriptedChannel("age", "consent", null);
        var log = new TurnLog();

        var completed = await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(ScriptLanguage.English), log, stop: () => channel.TextsReceived.Count == 2);

        Assert.False(completed);
        Assert.Equal(2, log.Turns);
        Assert.Equal(0, log.Conversations);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task The_echo_conversation_sends_the_greeting_and_every_scripted_answer()
    {
        var channel = new ScriptedChannel();
        var log = new TurnLog();

        var completed = await ScriptedConversation.RunAsync(BotKind.Echo, channel, ConversationIdentity.New(ScriptLanguage.English), log);

        Assert.True(completed);
        Assert.Equal(ScriptedAnswers.All(ScriptLanguage.English).Count + 1, channel.TextsReceived.Count);
        Assert.Equal("hello", channel.TextsReceived[0]);
    }
}

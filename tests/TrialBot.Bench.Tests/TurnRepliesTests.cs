using System.Text;
using TrialBot.Bench.Conversations;
using TrialBot.Host.BotFramework;

namespace TrialBot.Bench.Tests;

public class TurnRepliesTests
{
    [Fact]
    public void Reads_the_count_and_the_question_of_the_last_reply_that_asks_one()
    {
        var replies = Parse("""
            {"activities": [
              {"type": "message", "text": "Thanks.", "entities": [{"type": "trialbot/question", "id": "age"}]},
              {"type": "message", "text": "Has a doctor…", "entities": [{"type": "other"}, {"type": "trialbot/question", "id": "diagnosis"}]},
              {"type": "typing"}
            ]}
            """);

        Assert.Equal(new TurnReplies(3, "diagnosis", false), replies);
    }

    [Fact]
    public void A_reply_without_a_question_entity_asks_nothing()
    {
        Assert.Equal(new TurnReplies(1, null, false), Parse("""{"activities": [{"type": "message", "text": "Goodbye."}]}"""));
    }

    [Fact]
    public void The_hosts_apology_marks_the_turn_as_failed()
    {
        var replies = Parse($$"""{"activities": [{"type": "message", "text": "{{TurnErrorApology.English}}"}]}""");

        Assert.True(replies.TurnFailed);
    }

    [Fact]
    public void A_body_without_activities_is_refused()
    {
        Assert.Throws<FormatException>(() => Parse("""{"status": 200}"""));
    }

    private static TurnReplies Parse(string json) => TurnReplies.Parse(Encoding.UTF8.GetBytes(json));
}

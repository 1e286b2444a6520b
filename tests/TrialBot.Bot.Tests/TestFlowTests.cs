using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using TrialBot.Bot.Tests.Support;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Bot.Tests;

public class TestFlowTests
{
    [Fact]
    public async Task A_test_flow_conversation_over_bot_framework_memory_storage_greets_asks_and_re_asks()
    {
        await using var driver = ChatDriver.Create(storage: new MemoryStorage());

        await new TestFlow(driver.Adapter, driver.Bot.OnTurnAsync)
            .Send("hello")
            .AssertReply(reply => Assert.StartsWith("Hello! I am TrialBot.", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .AssertReply(reply => Assert.Equal("consent", QuestionEntity.FindQuestionId(reply)))
            .Send("yes")
            .AssertReply(reply => Assert.Equal("age", QuestionEntity.FindQuestionId(reply)))
            .Send("I'm not telling")
            .AssertReply(reply =>
            {
                Assert.Equal("age", QuestionEntity.FindQuestionId(reply));
                Assert.StartsWith("I couldn't find a number in that.", reply.AsMessageActivity().Text, StringComparison.Ordinal);
            })
            .Send("forty-five")
            .AssertReply(reply => Assert.Equal("diagnosis", QuestionEntity.FindQuestionId(reply)))
            .StartTestAsync();
    }
}

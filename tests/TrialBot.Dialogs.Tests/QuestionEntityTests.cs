using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;

namespace TrialBot.Dialogs.Tests;

public class QuestionEntityTests
{
    [Fact]
    public void Serialises_as_type_and_id_only()
    {
        var json = JsonConvert.SerializeObject(QuestionEntity.Create("age"));

        Assert.True(JToken.DeepEquals(JObject.Parse("""{"type": "trialbot/question", "id": "age"}"""), JObject.Parse(json)), json);
    }

    [Fact]
    public async Task First_ask_and_reask_carry_exactly_one_question_entity_in_their_json()
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage());
        await driver.SayAsync("hi");

        var firstAsk = Assert.Single(await driver.SayAsync("yes"));
        var reask = await driver.SayExpectingOneReplyAsync("blue");

        foreach (var message in new[] { firstAsk, reask })
        {
            var entities = (JArray)JObject.Parse(JsonConvert.SerializeObject(message))["entities"]!;
            var entity = Assert.Single(entities);
            Assert.True(JToken.DeepEquals(JObject.Parse("""{"type": "trialbot/question", "id": "age"}"""), entity), entity.ToString());
        }
    }

    [Fact]
    public async Task A_question_without_an_id_carries_no_entity()
    {
        var driver = SinglePromptDialogs.Driver(SamplePrompts.Words("name"), new PromptOptions { Prompt = "Your name?" });

        var question = await driver.SayExpectingOneReplyAsync("start");

        Assert.True(question.Entities is null or { Count: 0 });
    }

    [Fact]
    public async Task A_prompt_activity_keeps_its_own_entities_and_gets_the_question_entity()
    {
        var activity = (Microsoft.Bot.Schema.Activity)MessageFactory.Text("Your name?");
        activity.Entities = [new Microsoft.Bot.Schema.Entity("custom")];
        var driver = SinglePromptDialogs.Driver(SamplePrompts.Words("name"), new PromptOptions { PromptActivity = activity, QuestionId = "name" });

        var question = await driver.SayExpectingOneReplyAsync("start");

        Assert.Equal(["custom", QuestionEntity.EntityType], question.Entities.Select(entity => entity.Type));
        Assert.Equal("name", QuestionEntity.FindQuestionId(question));
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrialBot.Bot.Conversation;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Bot.Tests;

public class ConversationRecordStoreTests
{
    private static readonly ConversationRecord Sample = ConversationRecord.New
        .WithAnswer("age", new AgeAnswer(45))
        .WithAnswer("treatment", MedicinesAnswer.Of([new Medicine("prednisone", MedicineClass.Corticosteroid, ["prednisone"], 5)]))
        .WithAnswer("diagnosis-duration", new ElapsedAnswer(Duration.FromDays(1100)))
        .WithAnswer("sledai", new UnknownAnswer(AnswerKind.Number)) with
    { Language = "zh", Greeted = true };

    [Fact]
    public void A_record_survives_a_round_trip_through_the_storage_serializer_with_type_names()
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        var stored = JsonConvert.SerializeObject(new Dictionary<string, object> { ["screening"] = ConversationRecordStore.Write(Sample) }, settings);
        var readBack = JsonConvert.DeserializeObject<Dictionary<string, object>>(stored, settings)!["screening"];

        var record = ConversationRecordStore.Read(readBack)!;

        Assert.Equal("zh", record.Language);
        Assert.True(record.Greeted);
        Assert.Equal(45, Assert.IsType<AgeAnswer>(record.Answers.Get("age")).Years);
        Assert.Equal(1100, Assert.IsType<ElapsedAnswer>(record.Answers.Get("diagnosis-duration")).Elapsed.Days);
        Assert.Equal(AnswerKind.Number, Assert.IsType<UnknownAnswer>(record.Answers.Get("sledai")).Kind);
        Assert.Equal(["age", "treatment", "diagnosis-duration", "sledai"], record.Answered);
        Assert.DoesNotContain("TrialBot", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stored_shape_is_camel_case_with_a_schema_version()
    {
        var stored = JObject.Parse(ConversationRecordStore.Write(Sample));

        Assert.Equal(["schemaVersion", "language", "greeted", "answers", "answered", "said", "referralStored", "outcomeGiven"], stored.Properties().Select(property => property.Name));
        Assert.Equal("medicines", (string?)stored["answers"]!["values"]!["treatment"]!["kind"]);
    }

    [Fact]
    public void Chinese_words_are_stored_as_themselves_and_read_back()
    {
        var record = Sample.WithAnswer("age", new AgeAnswer(45), "我今年四十五岁");

        var stored = ConversationRecordStore.Write(record);

        Assert.Contains("我今年四十五岁", stored, StringComparison.Ordinal);
        Assert.Equal("我今年四十五岁", ConversationRecordStore.Read(stored)!.Said["age"]);
    }

    [Fact]
    public void A_record_stored_as_a_json_object_by_the_earlier_version_reads_as_the_same_record()
    {
        var asText = ConversationRecordStore.Write(Sample);

        var fromObject = ConversationRecordStore.Read(JObject.Parse(asText))!;
        var fromText = ConversationRecordStore.Read(asText)!;
        var fromTextToken = ConversationRecordStore.Read(new JValue(asText))!;

        Assert.Equal(asText, ConversationRecordStore.Write(fromObject));
        Assert.Equal(asText, ConversationRecordStore.Write(fromText));
        Assert.Equal(asText, ConversationRecordStore.Write(fromTextToken));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"schemaVersion\": 2}")]
    [InlineData("")]
    public void Damaged_or_other_version_text_reads_as_none(string text)
    {
        Assert.Null(ConversationRecordStore.Read(text));
    }

    [Fact]
    public void A_record_stored_before_the_words_were_kept_reads_with_none()
    {
        var read = ConversationRecordStore.Read(JToken.Parse("""{"schemaVersion": 1, "language": "en", "greeted": true, "answered": []}"""));

        Assert.NotNull(read);
        Assert.Empty(read.Said);
        Assert.Equal("46", read.WithAnswer("age", new AgeAnswer(46), " 46 ").Said["age"]);
    }

    [Theory]
    [InlineData("""{"schemaVersion": 2, "language": "en"}""")]
    [InlineData("""{"schemaVersion": 1, "answers": null}""")]
    [InlineData("""{"schemaVersion": 1, "answers": {"schemaVersion": 1, "values": {"age": null}}}""")]
    [InlineData("""{"schemaVersion": "one"}""")]
    [InlineData("""[1, 2]""")]
    public void A_damaged_or_other_version_record_reads_as_none(string json)
    {
        Assert.Null(ConversationRecordStore.Read(JToken.Parse(json)));
    }

    [Fact]
    public void Clearing_an_answer_removes_it_from_the_answers_and_the_order()
    {
        var record = Sample.WithoutAnswer("treatment");

        Assert.False(record.Answers.Has("treatment"));
        Assert.Equal(["age", "diagnosis-duration", "sledai"], record.Answered);
        Assert.Equal(["diagnosis-duration", "sledai", "age"], record.WithAnswer("age", new AgeAnswer(46)).Answered);
    }

    [Fact]
    public async Task The_next_turn_of_a_conversation_gets_the_record_its_last_turn_wrote_without_reading_the_text_again()
    {
        var state = new ConversationState(new MemoryStorage());
        var store = new ConversationRecordStore(state);
        await WriteTurnAsync(state, store, "c1", Sample);

        var next = await ReadTurnAsync(state, store, "c1");

        Assert.Same(Sample, next);
    }

    [Fact]
    public async Task Text_written_by_another_instance_is_read_not_the_record_this_one_wrote()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var store = new ConversationRecordStore(state);
        var otherState = new ConversationState(storage);
        await WriteTurnAsync(state, store, "c1", Sample);
        await WriteTurnAsync(otherState, new ConversationRecordStore(otherState), "c1", Sample.WithAnswer("age", new AgeAnswer(52)));

        var next = await ReadTurnAsync(state, store, "c1");

        Assert.Equal(52, Assert.IsType<AgeAnswer>(next.Answers.Get("age")).Years);
    }

    [Fact]
    public async Task A_forgotten_or_other_conversation_reads_its_stored_text()
    {
        var state = new ConversationState(new MemoryStorage());
        var store = new ConversationRecordStore(state);
        await WriteTurnAsync(state, store, "c1", Sample);
        await WriteTurnAsync(state, store, "c2", Sample);
        using (var turn = NewTurn("c1"))
        {
            store.Forget(turn);
        }

        var forgotten = await ReadTurnAsync(state, store, "c1");
        var kept = await ReadTurnAsync(state, store, "c2");

        Assert.NotSame(Sample, forgotten);
        Assert.Equal(ConversationRecordStore.Write(Sample), ConversationRecordStore.Write(forgotten));
        Assert.Same(Sample, kept);
    }

    [Fact]
    public async Task An_erased_conversation_reads_as_new_though_its_record_was_written_in_this_instance()
    {
        var state = new ConversationState(new MemoryStorage());
        var store = new ConversationRecordStore(state);
        await WriteTurnAsync(state, store, "c1", Sample);
        using (var turn = NewTurn("c1"))
        {
            await state.DeleteAsync(turn);
        }

        var next = await ReadTurnAsync(state, store, "c1");

        Assert.Same(ConversationRecord.New, next);
    }

    [Fact]
    public async Task Within_a_turn_the_record_written_is_the_one_read_and_a_forgotten_one_is_read_again_from_the_state()
    {
        var state = new ConversationState(new MemoryStorage());
        var store = new ConversationRecordStore(state);
        await WriteTurnAsync(state, store, "c1", Sample);
        using var turn = NewTurn("c1");
        var older = Sample.WithAnswer("age", new AgeAnswer(60));

        await store.SetAsync(turn, older);
        var written = await store.GetAsync(turn);
        await state.DeleteAsync(turn);
        store.Forget(turn);
        var afterErasure = await store.GetAsync(turn);

        Assert.Same(older, written);
        Assert.Same(ConversationRecord.New, afterErasure);
    }

    private static async Task WriteTurnAsync(ConversationState state, ConversationRecordStore store, string conversationId, ConversationRecord record)
    {
        using var turn = NewTurn(conversationId);
        await store.SetAsync(turn, record);
        await state.SaveChangesAsync(turn);
    }

    private static async Task<ConversationRecord> ReadTurnAsync(ConversationState state, ConversationRecordStore store, string conversationId)
    {
        using var turn = NewTurn(conversationId);
        return await store.GetAsync(turn);
    }

    private static TurnContext NewTurn(string conversationId) => new(
        new TestAdapter(),
        new Activity(ActivityTypes.Message, channelId: "test", conversation: new ConversationAccount(id: conversationId), from: new ChannelAccount("user"), recipient: new ChannelAccount("bot"), text: "hi"));
}

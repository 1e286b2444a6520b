using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Hosting;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Conversations;

/// <summary>The tracked conversation state writes exactly when a turn changed something (or may have), never
/// otherwise, without serialising the whole state to find out.</summary>
public sealed class TrackedConversationStateTests
{
    private readonly WriteCountingStorage storage = new(StorageBackend.InMemory(new ManualTimeProvider()).Items);
    private readonly TrackedConversationState state;
    private readonly IStatePropertyAccessor<string> record;
    private readonly IStatePropertyAccessor<JObject> session;

    public TrackedConversationStateTests()
    {
        state = new TrackedConversationState(storage);
        record = state.CreateProperty<string>("record");
        session = state.CreateProperty<JObject>("session");
    }

    [Fact]
    public async Task A_turn_that_only_reads_writes_nothing()
    {
        await StoreAsync("{\"age\":41}", new JObject { ["id"] = "s1" });

        using var turn = NewTurn();
        Assert.Equal("{\"age\":41}", await record.GetAsync(turn));
        Assert.Equal("s1", (string?)(await session.GetAsync(turn))!["id"]);
        await state.SaveChangesAsync(turn);

        Assert.Equal(0, storage.Writes);
    }

    [Fact]
    public async Task Setting_the_value_a_property_holds_is_no_change_and_another_value_is()
    {
        await StoreAsync("{\"age\":41}", new JObject());

        using (var turn = NewTurn())
        {
            await record.SetAsync(turn, string.Concat("{\"age\":", "41}"));
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(0, storage.Writes);
        using (var turn = NewTurn())
        {
            await record.SetAsync(turn, "{\"age\":42}");
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(1, storage.Writes);
        using var check = NewTurn();
        Assert.Equal("{\"age\":42}", await record.GetAsync(check));
    }

    [Fact]
    public async Task An_object_read_set_back_and_changed_in_place_is_written()
    {
        await StoreAsync("{}", new JObject { ["id"] = "s1" });

        using (var turn = NewTurn())
        {
            var held = await session.GetAsync(turn);
            await session.SetAsync(turn, held);
            held["reached"] = "age";
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(1, storage.Writes);
        using var check = NewTurn();
        Assert.Equal("age", (string?)(await session.GetAsync(check))["reached"]);
    }

    [Fact]
    public async Task Removing_a_property_is_written()
    {
        await StoreAsync("{\"age\":41}", new JObject());

        using (var turn = NewTurn())
        {
            await record.DeleteAsync(turn);
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(1, storage.Writes);
        using var check = NewTurn();
        Assert.Null(await record.GetAsync(check));
    }

    [Fact]
    public async Task An_object_still_held_after_a_save_is_written_again_by_the_next_save_of_the_turn()
    {
        await StoreAsync("{}", new JObject());

        using (var turn = NewTurn())
        {
            var held = new JObject { ["id"] = "s2" };
            await session.SetAsync(turn, held);
            await state.SaveChangesAsync(turn);
            held["reached"] = "consent";
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(2, storage.Writes);
        using var check = NewTurn();
        Assert.Equal("consent", (string?)(await session.GetAsync(check))["reached"]);
    }

    [Fact]
    public async Task A_string_only_state_saved_twice_in_a_turn_is_written_once()
    {
        using var turn = NewTurn();
        await record.SetAsync(turn, "{\"age\":41}");
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(turn);

        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task A_forced_save_writes_an_unchanged_state()
    {
        await StoreAsync("{}", new JObject());

        using var turn = NewTurn();
        await state.LoadAsync(turn);
        await state.SaveChangesAsync(turn, force: true);

        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task Numbers_and_flags_stored_as_json_read_back_as_values_and_are_no_change_when_set_again()
    {
        var count = state.CreateProperty<long>("count");
        using (var turn = NewTurn())
        {
            await count.SetAsync(turn, 3L);
            await state.SaveChangesAsync(turn);
        }

        storage.Writes = 0;
        using (var turn = NewTurn())
        {
            Assert.Equal(3L, await count.GetAsync(turn, () => 0L));
            await count.SetAsync(turn, 3L);
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(0, storage.Writes);
    }

    private async Task StoreAsync(string recordText, JObject sessionObject)
    {
        using var turn = NewTurn();
        await record.SetAsync(turn, recordText);
        await session.SetAsync(turn, sessionObject);
        await state.SaveChangesAsync(turn);
        storage.Writes = 0;
    }

    private static TurnContext NewTurn()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("tracked"));
        var activity = adapter.MakeActivity("hello");
        activity.ChannelId = adapter.Conversation.ChannelId;
        return new TurnContext(adapter, activity);
    }

    /// <summary>The storage, counting the writes that reach it.</summary>
    private sealed class WriteCountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}

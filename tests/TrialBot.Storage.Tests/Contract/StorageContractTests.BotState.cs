using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Bot_state_round_trips_a_typed_object_through_a_property_accessor(bool tracked)
    {
        var state = NewConversationState(tracked);
        var answers = state.CreateProperty<TypedAnswers>("answers");
        var step = state.CreateProperty<int>("step");
        var written = new TypedAnswers
        {
            Age = 41,
            Weight = 62.5,
            Medicines = ["prednisone", "hydroxychloroquine"],
            Dose = new Dose { Milligrams = 7.5, TimesPerDay = 2 },
        };

        using (var turn = NewTurn())
        {
            await answers.SetAsync(turn, written);
            await step.SetAsync(turn, 3);
            await state.SaveChangesAsync(turn);
        }

        using (var turn = NewTurn())
        {
            var read = await answers.GetAsync(turn, () => new TypedAnswers());
            Assert.Equal(41, read.Age);
            Assert.Equal(62.5, read.Weight);
            Assert.Equal(written.Medicines, read.Medicines);
            Assert.Equal(7.5, read.Dose!.Milligrams);
            Assert.Equal(2, read.Dose.TimesPerDay);
            Assert.Equal(3, await step.GetAsync(turn, () => 0));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_two_turns_that_loaded_the_same_state_the_later_save_conflicts_instead_of_losing_the_first(bool tracked)
    {
        var state = NewConversationState(tracked);
        var answer = state.CreateProperty<string>("answer");
        using (var setup = NewTurn())
        {
            await answer.SetAsync(setup, "initial");
            await state.SaveChangesAsync(setup);
        }

        using var first = NewTurn();
        using var second = NewTurn();
        await state.LoadAsync(first);
        await state.LoadAsync(second);
        await answer.SetAsync(first, "from the first turn");
        await answer.SetAsync(second, "from the second turn");

        await state.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(second));

        using var check = NewTurn();
        Assert.Equal("from the first turn", await answer.GetAsync(check));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Bot_state_can_save_twice_in_one_turn_and_again_in_the_next(bool tracked)
    {
        var state = NewConversationState(tracked);
        var count = state.CreateProperty<int>("count");

        for (var turnNumber = 1; turnNumber <= 2; turnNumber++)
        {
            using var turn = NewTurn();
            await count.SetAsync(turn, await count.GetAsync(turn, () => 0) + 1);
            await state.SaveChangesAsync(turn);
            await count.SetAsync(turn, await count.GetAsync(turn, () => 0) + 1);
            await state.SaveChangesAsync(turn);
        }

        using var check = NewTurn();
        Assert.Equal(4, await count.GetAsync(check, () => 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Deleting_bot_state_lets_the_conversation_start_afresh(bool tracked)
    {
        var state = NewConversationState(tracked);
        var answer = state.CreateProperty<string>("answer");
        using (var turn = NewTurn())
        {
            await answer.SetAsync(turn, "old");
            await state.SaveChangesAsync(turn);
            await state.DeleteAsync(turn);
            await answer.SetAsync(turn, "new");
            await state.SaveChangesAsync(turn);
        }

        using var check = NewTurn();
        Assert.Equal("new", await answer.GetAsync(check));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Saving_cleared_bot_state_over_stored_state_conflicts_because_it_carries_no_etag(bool tracked)
    {
        var state = NewConversationState(tracked);
        var answer = state.CreateProperty<string>("answer");
        using (var turn = NewTurn())
        {
            await answer.SetAsync(turn, "stored");
            await state.SaveChangesAsync(turn);
        }

        using var clearing = NewTurn();
        await state.LoadAsync(clearing);
        await state.ClearStateAsync(clearing);

        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(clearing));
    }

    private static TurnContext NewTurn()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("state"));
        var activity = adapter.MakeActivity("hello");
        activity.ChannelId = adapter.Conversation.ChannelId;
        return new TurnContext(adapter, activity);
    }

    /// <summary>Bot Framework's own conversation state, or the one the bot registers, which tracks its changes
    /// (<see cref="TrackedConversationState"/>): both must keep the same contract with the storage.</summary>
    private ConversationState NewConversationState(bool tracked) =>
        tracked ? new TrackedConversationState(Items) : new ConversationState(Items);
}

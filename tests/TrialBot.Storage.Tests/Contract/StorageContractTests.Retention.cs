using Newtonsoft.Json.Linq;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using TrialBot.Storage.Retention;
using TrialBot.Storage.Tests.Support;
using Xunit;
using static TrialBot.Storage.Tests.Support.Referrals;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Purging_removes_state_and_activity_records_idle_for_longer_than_the_retention_and_keeps_referrals()
    {
        await WriteOneAsync("idle", new JObject { ["n"] = 1 });
        await ProcessedActivities.TryRecordAsync(new ActivityKey(Conversation, "old"));
        await Referrals.AddAsync(For(Conversation, Clock.GetUtcNow()));
        Clock.Advance(TimeSpan.FromDays(20));
        await WriteOneAsync("recent", new JObject { ["n"] = 2 });
        await ProcessedActivities.TryRecordAsync(new ActivityKey(Conversation, "new"));
        Clock.Advance(TimeSpan.FromDays(11));

        var result = await Purger.PurgeIdleAsync(TimeSpan.FromDays(30));

        Assert.Equal(new PurgeResult(1, 1), result);
        Assert.Null(await ReadOneAsync("idle"));
        Assert.NotNull(await ReadOneAsync("recent"));
        Assert.True(await ProcessedActivities.TryRecordAsync(new ActivityKey(Conversation, "old")));
        Assert.False(await ProcessedActivities.TryRecordAsync(new ActivityKey(Conversation, "new")));
        Assert.Single(await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All));
    }

    [Fact]
    public async Task Writing_an_item_again_keeps_it_from_being_purged()
    {
        await WriteOneAsync("k", new JObject { ["n"] = 1 });
        Clock.Advance(TimeSpan.FromDays(29));
        var item = (await ReadOneAsync("k"))!;
        item["n"] = 2;
        await WriteOneAsync("k", item);
        Clock.Advance(TimeSpan.FromDays(29));

        await Purger.PurgeIdleAsync(TimeSpan.FromDays(30));

        Assert.NotNull(await ReadOneAsync("k"));
    }

    [Fact]
    public async Task Erasing_a_conversation_leaves_no_row_of_it_behind_and_keeps_other_conversations()
    {
        var erased = new ConversationKey("webchat", "abc");
        var neighbour = new ConversationKey("webchat", "abcd");
        await StoreEverythingForAsync(erased, "user-1");
        await StoreEverythingForAsync(neighbour, "user-2");
        var before = await CountAllRowsAsync();

        var removed = await Eraser.EraseAsync(erased, "user-1");

        Assert.Equal(5, removed);
        Assert.Equal(before - 5, await CountAllRowsAsync());
        Assert.Empty(await Items.ReadAsync([erased.StateKey, erased.StateKey + "/users/user-1", "webchat/users/user-1"]));
        Assert.True(await ProcessedActivities.TryRecordAsync(new ActivityKey(erased, "activity")));
        Assert.Equal(3, (await Items.ReadAsync([neighbour.StateKey, neighbour.StateKey + "/users/user-2", "webchat/users/user-2"])).Count);
        Assert.Equal(neighbour.Hash, Assert.Single(await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All)).ConversationKeyHash);
    }

    private async Task StoreEverythingForAsync(ConversationKey conversation, string userId)
    {
        await WriteOneAsync(conversation.StateKey, new JObject { ["step"] = 1 });
        await WriteOneAsync(conversation.StateKey + "/users/" + userId, new JObject { ["private"] = true });
        await WriteOneAsync($"{conversation.ChannelId}/users/{userId}", new JObject { ["locale"] = "en-US" });
        await ProcessedActivities.TryRecordAsync(new ActivityKey(conversation, "activity"));
        await Referrals.AddAsync(For(conversation, Clock.GetUtcNow()));
    }

    private async Task<long> CountAllRowsAsync()
    {
        long total = 0;
        foreach (var table in StorageUnderTest.Tables)
        {
            total += await Storage.CountRowsAsync(table);
        }

        return total;
    }
}

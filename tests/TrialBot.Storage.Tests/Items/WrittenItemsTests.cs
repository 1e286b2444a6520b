using Newtonsoft.Json.Linq;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Items;
using TrialBot.Storage.Retention;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Items;

public sealed class WrittenItemsTests
{
    [Fact]
    public void A_committed_write_is_kept_under_its_new_etag()
    {
        var items = new WrittenItems();
        var write = Write("test/conversations/a", new Dictionary<string, object> { ["screening"] = "{}" });

        items.Keep(write);

        Assert.Equal(write.NewETag, items.Find("test/conversations/a")?.ETag);
    }

    [Fact]
    public void A_value_whose_document_reads_back_as_something_else_is_not_kept()
    {
        var items = new WrittenItems();
        items.Keep(Write("k", new Dictionary<string, object> { ["text"] = "kept" }));

        items.Keep(Write("k", new Dictionary<string, object> { ["answers"] = new TypedAnswers { Age = 41, Weight = 62.5 } }));

        Assert.Null(items.Find("k"));
    }

    [Fact]
    public void Erasing_a_conversation_forgets_its_items_and_no_one_else_s()
    {
        var items = new WrittenItems();
        var erased = new ConversationKey("webchat", "erased");
        var neighbour = new ConversationKey("webchat", "neighbour");
        foreach (var key in new[] { erased.StateKey, erased.StateKey + "/users/u1", "webchat/users/u1", neighbour.StateKey })
        {
            items.Keep(Write(key, new JObject { ["text"] = "answers" }));
        }

        items.ForgetWhere(new ConversationStateKeys(erased, "u1").Covers);

        Assert.Null(items.Find(erased.StateKey));
        Assert.Null(items.Find(erased.StateKey + "/users/u1"));
        Assert.Null(items.Find("webchat/users/u1"));
        Assert.NotNull(items.Find(neighbour.StateKey));
    }

    [Fact]
    public void A_purge_forgets_every_item()
    {
        var items = new WrittenItems();
        items.Keep(Write("a", new JObject { ["n"] = 1 }));
        items.Keep(Write("b", new JObject { ["n"] = 2 }));

        items.ForgetAll();

        Assert.Null(items.Find("a"));
        Assert.Null(items.Find("b"));
    }

    [Fact]
    public void Past_the_limit_the_items_kept_are_dropped()
    {
        var items = new WrittenItems();
        for (var index = 0; index <= WrittenItems.RememberedItems; index++)
        {
            items.Keep(Write($"k{index}", new JObject { ["n"] = index }));
        }

        Assert.Null(items.Find("k0"));
        Assert.NotNull(items.Find($"k{WrittenItems.RememberedItems}"));
    }

    private static ItemWrite Write(string key, object value) => Assert.Single(ItemWrite.FromChanges(new Dictionary<string, object> { [key] = value }));
}

using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Reading_a_missing_key_returns_nothing_for_it()
    {
        await WriteOneAsync("present", new JObject { ["n"] = 1 });

        var found = await Items.ReadAsync(["missing", "present"]);

        Assert.Equal(["present"], found.Keys);
    }

    [Fact]
    public async Task A_written_item_reads_back_as_a_json_object_with_its_etag()
    {
        await WriteOneAsync("k", new Dictionary<string, object> { ["name"] = "Ada", ["count"] = 3, ["nested"] = new { flag = true } });

        var item = await ReadOneAsync("k");

        Assert.NotNull(item);
        Assert.Equal("Ada", item.Value<string>("name"));
        Assert.Equal(3, item.Value<int>("count"));
        Assert.True(item["nested"]!.Value<bool>("flag"));
        Assert.False(string.IsNullOrEmpty(ETagOf(item)));
    }

    [Fact]
    public async Task No_type_names_are_stored()
    {
        await WriteOneAsync("k", new Dictionary<string, object> { ["answers"] = new TypedAnswers { Age = 41, Weight = 62.5 } });

        var item = await ReadOneAsync("k");

        Assert.DoesNotContain("$type", item!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleted_items_are_gone_and_deleting_a_missing_key_is_harmless()
    {
        await WriteOneAsync("a", new JObject { ["n"] = 1 });
        await WriteOneAsync("b", new JObject { ["n"] = 2 });

        await Items.DeleteAsync(["a", "never-written"]);

        Assert.Null(await ReadOneAsync("a"));
        Assert.NotNull(await ReadOneAsync("b"));
    }

    [Fact]
    public async Task Every_write_gives_the_item_a_new_etag()
    {
        await WriteOneAsync("k", new JObject { ["n"] = 1, ["eTag"] = "*" });
        var first = ETagOf((await ReadOneAsync("k"))!);
        await WriteOneAsync("k", new JObject { ["n"] = 2, ["eTag"] = "*" });
        var second = ETagOf((await ReadOneAsync("k"))!);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_write_with_the_current_etag_succeeds_and_one_with_a_stale_etag_conflicts()
    {
        await WriteOneAsync("k", new JObject { ["n"] = 1 });
        var read = (await ReadOneAsync("k"))!;
        var stale = (JObject)read.DeepClone();
        read["n"] = 2;
        await WriteOneAsync("k", read);

        stale["n"] = 99;
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => WriteOneAsync("k", stale));

        Assert.Equal("k", conflict.Key);
        Assert.Equal(2, (await ReadOneAsync("k"))!.Value<int>("n"));
    }

    [Fact]
    public async Task An_etag_of_star_overwrites_whatever_is_stored()
    {
        await WriteOneAsync("k", new JObject { ["n"] = 1 });

        await WriteOneAsync("k", new StoreItem { ETag = "*", Text = "overwritten" });

        Assert.Equal("overwritten", (await ReadOneAsync("k"))!.Value<string>("Text"));
    }

    [Fact]
    public async Task A_write_without_an_etag_creates_a_new_item_but_conflicts_with_an_existing_one()
    {
        await WriteOneAsync("k", new StoreItem { Text = "first" });

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteOneAsync("k", new StoreItem { Text = "second" }));
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteOneAsync("k", new Dictionary<string, object> { ["Text"] = "third" }));
        Assert.Equal("first", (await ReadOneAsync("k"))!.Value<string>("Text"));
    }

    [Fact]
    public async Task A_write_carrying_the_etag_of_a_deleted_item_conflicts_instead_of_bringing_it_back()
    {
        await WriteOneAsync("k", new JObject { ["n"] = 1 });
        var read = (await ReadOneAsync("k"))!;
        await Items.DeleteAsync(["k"]);

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteOneAsync("k", read));
        Assert.Null(await ReadOneAsync("k"));
    }

    [Fact]
    public async Task A_value_that_cannot_carry_an_etag_is_written_unconditionally()
    {
        await WriteOneAsync("k", new TypedAnswers { Age = 30 });
        await WriteOneAsync("k", new TypedAnswers { Age = 31 });

        Assert.Equal(31, (await ReadOneAsync("k"))!.ToObject<TypedAnswers>()!.Age);
    }

    [Fact]
    public async Task A_written_value_gets_its_new_etag_so_that_writing_it_again_succeeds()
    {
        var item = new StoreItem { Text = "one" };
        await WriteOneAsync("k", item);
        Assert.Equal(ETagOf((await ReadOneAsync("k"))!), item.ETag);

        item.Text = "two";
        await WriteOneAsync("k", item);

        Assert.Equal("two", (await ReadOneAsync("k"))!.Value<string>("Text"));
    }

    [Fact]
    public async Task A_write_of_several_items_writes_none_of_them_if_one_conflicts()
    {
        await WriteOneAsync("taken", new JObject { ["n"] = 1 });

        await Assert.ThrowsAsync<StorageConflictException>(() => Items.WriteAsync(new Dictionary<string, object>
        {
            ["fresh"] = new JObject { ["n"] = 2 },
            ["taken"] = new JObject { ["n"] = 3, ["eTag"] = "stale" },
        }));

        Assert.Null(await ReadOneAsync("fresh"));
        Assert.Equal(1, (await ReadOneAsync("taken"))!.Value<int>("n"));
    }

    [Fact]
    public async Task Large_state_of_a_megabyte_round_trips()
    {
        var text = string.Concat(Enumerable.Range(0, 1 << 20).Select(i => (char)('a' + (i % 26))));

        await WriteOneAsync("large", new JObject { ["text"] = text });

        Assert.Equal(text, (await ReadOneAsync("large"))!.Value<string>("text"));
    }

    [Theory]
    [InlineData("webchat/conversations/a:b|c")]
    [InlineData("含中文的键/用户")]
    [InlineData("quote'\"; DROP TABLE bot_state; --")]
    [InlineData("per%cent_under_score")]
    [InlineData("emoji 🧪 and spaces\tand tab")]
    [InlineData("back\\slash/../dots")]
    public async Task Keys_with_odd_characters_round_trip(string key)
    {
        await WriteOneAsync(key, new JObject { ["key"] = key });
        await WriteOneAsync(key.ToUpperInvariant() + "-other", new JObject { ["key"] = "other" });

        var found = await Items.ReadAsync([key]);

        Assert.Equal(key, Assert.IsType<JObject>(Assert.Single(found).Value).Value<string>("key"));
        await Items.DeleteAsync([key]);
        Assert.Null(await ReadOneAsync(key));
        Assert.NotNull(await ReadOneAsync(key.ToUpperInvariant() + "-other"));
    }

    [Fact]
    public async Task Strings_that_look_like_dates_stay_strings()
    {
        await WriteOneAsync("k", new JObject { ["answer"] = "2024-03-01T10:00:00Z" });

        var answer = (await ReadOneAsync("k"))!["answer"]!;

        Assert.Equal(JTokenType.String, answer.Type);
        Assert.Equal("2024-03-01T10:00:00Z", answer.Value<string>());
    }

    [Fact]
    public async Task Unusable_keys_and_values_are_refused_with_an_argument_exception()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => WriteOneAsync("nul\0key", new JObject()));
        await Assert.ThrowsAsync<ArgumentException>(() => Items.WriteAsync(new Dictionary<string, object> { ["k"] = null! }));
        await Assert.ThrowsAsync<ArgumentException>(() => WriteOneAsync("k", "a plain string"));
        await Assert.ThrowsAsync<ArgumentException>(() => Items.ReadAsync([string.Empty]));
        Assert.Null(await ReadOneAsync("k"));
    }

    private sealed class StoreItem : IStoreItem
    {
        public string? ETag { get; set; }

        public string Text { get; set; } = string.Empty;
    }
}

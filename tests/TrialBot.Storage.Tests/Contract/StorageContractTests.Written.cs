using Newtonsoft.Json.Linq;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

/// <summary>
/// An instance reads back an item it wrote from what it kept, while the stored ETag is the one its write gave; these
/// tests hold that reading to what reading the stored document gives, and to what another instance wrote since.
/// </summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task An_item_another_instance_wrote_since_reads_as_that_instance_wrote_it()
    {
        await WriteOneAsync("shared", new Dictionary<string, object> { ["text"] = "mine", ["n"] = 1L });
        var mine = (await ReadOneAsync("shared"))!;
        var other = Storage.AnotherInstance().Items;

        var theirs = Assert.IsType<JObject>((await other.ReadAsync(["shared"]))["shared"]);
        theirs["text"] = "theirs";
        await other.WriteAsync(new Dictionary<string, object> { ["shared"] = theirs });

        var read = (await ReadOneAsync("shared"))!;
        Assert.Equal("theirs", read.Value<string>("text"));
        Assert.NotEqual(ETagOf(mine), ETagOf(read));
    }

    [Fact]
    public async Task An_item_read_back_by_its_writer_is_what_its_stored_document_reads_as()
    {
        var written = new Dictionary<string, object>
        {
            ["text"] = "状态 \"quoted\"",
            ["whole"] = 42L,
            ["small"] = 7,
            ["flag"] = true,
            ["nothing"] = null!,
            ["fraction"] = 62.5,
            ["when"] = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc),
            ["tree"] = new JObject { ["list"] = new JArray(1, "two", false), ["inner"] = new JObject { ["a"] = "x" } },
        };
        await WriteOneAsync("k", written);

        var byWriter = (await ReadOneAsync("k"))!;
        var fromDocument = Assert.IsType<JObject>((await Storage.AnotherInstance().Items.ReadAsync(["k"]))["k"]);

        Assert.True(JToken.DeepEquals(fromDocument, byWriter), $"{byWriter} differs from {fromDocument}");
        Assert.Equal(JTokenType.Integer, byWriter["small"]!.Type);
        Assert.Equal(JTokenType.String, byWriter["when"]!.Type);
    }

    [Fact]
    public async Task Changing_an_item_read_back_changes_neither_the_stored_item_nor_the_next_read()
    {
        await WriteOneAsync("k", new Dictionary<string, object> { ["tree"] = new JObject { ["list"] = new JArray(1, 2) }, ["text"] = "a" });

        var first = (await ReadOneAsync("k"))!;
        ((JArray)first["tree"]!["list"]!).Add(3);
        first["text"] = "changed";

        var second = (await ReadOneAsync("k"))!;
        Assert.Equal(2, ((JArray)second["tree"]!["list"]!).Count);
        Assert.Equal("a", second.Value<string>("text"));
    }

    [Fact]
    public async Task A_value_changed_after_it_was_written_reads_back_as_written()
    {
        var tree = new JObject { ["n"] = 1 };
        await WriteOneAsync("k", new Dictionary<string, object> { ["tree"] = tree });

        tree["n"] = 2;

        Assert.Equal(1, (await ReadOneAsync("k"))!["tree"]!.Value<int>("n"));
    }
}

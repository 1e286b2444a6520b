using Newtonsoft.Json.Linq;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private const int Writers = 8;

    [Fact]
    public async Task Of_writers_racing_with_the_same_etag_exactly_one_wins_each_round()
    {
        await WriteOneAsync("race", new JObject { ["winner"] = -1 });

        for (var round = 0; round < 3; round++)
        {
            var read = (await ReadOneAsync("race"))!;
            var attempts = Enumerable.Range(0, Writers).Select(writer =>
            {
                var change = (JObject)read.DeepClone();
                change["winner"] = writer;
                return Task.Run(() => TryWriteAsync("race", change));
            });

            var outcomes = await Task.WhenAll(attempts);

            Assert.Equal(1, outcomes.Count(won => won));
            var winner = Array.IndexOf(outcomes, true);
            Assert.Equal(winner, (await ReadOneAsync("race"))!.Value<int>("winner"));
        }
    }

    [Fact]
    public async Task Of_writers_racing_to_create_an_item_exactly_one_wins()
    {
        var attempts = Enumerable.Range(0, Writers)
            .Select(writer => Task.Run(() => TryWriteAsync("new", new JObject { ["creator"] = writer })));

        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(won => won));
        Assert.Equal(Array.IndexOf(outcomes, true), (await ReadOneAsync("new"))!.Value<int>("creator"));
    }

    [Fact]
    public async Task Writers_that_retry_on_fresh_state_lose_no_update()
    {
        const int incrementsEach = 5;
        await WriteOneAsync("counter", new JObject { ["count"] = 0 });

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < incrementsEach; i++)
            {
                await IncrementAsync("counter");
            }
        })));

        Assert.Equal(Writers * incrementsEach, (await ReadOneAsync("counter"))!.Value<int>("count"));
    }

    private async Task IncrementAsync(string key)
    {
        while (true)
        {
            var item = (await ReadOneAsync(key))!;
            item["count"] = item.Value<int>("count") + 1;
            if (await TryWriteAsync(key, item))
            {
                return;
            }
        }
    }

    private async Task<bool> TryWriteAsync(string key, JObject value)
    {
        try
        {
            await WriteOneAsync(key, value);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }
}

using System.Globalization;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.DirectLine;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

/// <summary>The self-hosted Direct Line's conversations and activities.</summary>
public abstract partial class StorageContractTests
{
    private IDirectLineStore DirectLine => Storage.Backend.DirectLine;

    [Fact]
    public async Task Direct_line_a_conversation_opens_once_and_numbers_its_activities_in_order()
    {
        var now = Clock.GetUtcNow();
        var first = await DirectLine.OpenAsync(OpenConversation("c1", now), Limits(now, 10));
        var again = await DirectLine.OpenAsync(OpenConversation("c1", now) with { UserId = "someone else" }, Limits(now, 10));
        var numbers = new List<long?>();
        foreach (var text in new[] { "a", "b", "c" })
        {
            numbers.Add(await DirectLine.AppendAsync("c1", number => Json(number, text), keep: 10));
        }

        var all = await DirectLine.ReadAfterAsync("c1", 0);
        var after = await DirectLine.ReadAfterAsync("c1", 2);

        Assert.Equal(DirectLineOpenOutcome.Created, first.Outcome);
        Assert.Equal(DirectLineOpenOutcome.Existing, again.Outcome);
        Assert.Equal("u1", again.Conversation!.UserId);
        Assert.Equal([1L, 2L, 3L], numbers);
        Assert.Equal([Json(1, "a"), Json(2, "b"), Json(3, "c")], all!.Activities);
        Assert.Equal(3, all.LastSequence);
        Assert.Equal([Json(3, "c")], after!.Activities);
        Assert.Null(await DirectLine.AppendAsync("unknown", number => Json(number, "x"), keep: 10));
        Assert.Null(await DirectLine.ReadAfterAsync("unknown", 0));
    }

    [Fact]
    public async Task Direct_line_keeps_only_the_latest_activities_and_numbers_concurrent_appends_apart()
    {
        var now = Clock.GetUtcNow();
        await DirectLine.OpenAsync(OpenConversation("c1", now), Limits(now, 10));

        var numbers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => DirectLine.AppendAsync("c1", number => Json(number, "t"), keep: 3)));
        var kept = await DirectLine.ReadAfterAsync("c1", 0);

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long?)i), numbers.Order());
        Assert.Equal([Json(6, "t"), Json(7, "t"), Json(8, "t")], kept!.Activities);
    }

    [Fact]
    public async Task Direct_line_at_the_cap_expired_then_the_oldest_silent_conversation_give_way_and_then_none()
    {
        var start = Clock.GetUtcNow();
        await DirectLine.OpenAsync(OpenConversation("spoken", start), Limits(start, 2));
        await DirectLine.TouchAsync("spoken", start, personSpoke: true);
        await DirectLine.OpenAsync(OpenConversation("silent", start.AddSeconds(1)), Limits(start, 2));

        var visitor = await DirectLine.OpenAsync(OpenConversation("visitor", start.AddSeconds(2)), Limits(start.AddSeconds(2), 2));
        await DirectLine.TouchAsync("visitor", start.AddSeconds(2), personSpoke: true);
        var refused = await DirectLine.OpenAsync(OpenConversation("late", start.AddSeconds(3)), Limits(start.AddSeconds(3), 2));
        var later = start.AddHours(2);
        var afterExpiry = await DirectLine.OpenAsync(OpenConversation("later", later), Limits(later, 2));

        Assert.Equal(DirectLineOpenOutcome.Created, visitor.Outcome);
        Assert.Null(await DirectLine.FindAsync("silent"));
        Assert.Equal(DirectLineOpenOutcome.Full, refused.Outcome);
        Assert.Equal(DirectLineOpenOutcome.Created, afterExpiry.Outcome);
        Assert.Null(await DirectLine.FindAsync("spoken"));
        Assert.True((await DirectLine.FindAsync("later"))!.LastUsed == later);
    }

    [Fact]
    public async Task Direct_line_at_the_cap_the_origin_with_the_most_silent_conversations_gives_way_first()
    {
        var start = Clock.GetUtcNow();
        await DirectLine.OpenAsync(OpenConversation("visitor", start) with { Origin = "visitor" }, Limits(start, 3));
        await DirectLine.OpenAsync(OpenConversation("flood-1", start.AddSeconds(1)) with { Origin = "flooder" }, Limits(start, 3));
        await DirectLine.OpenAsync(OpenConversation("flood-2", start.AddSeconds(2)) with { Origin = "flooder" }, Limits(start, 3));

        var flood3 = await DirectLine.OpenAsync(OpenConversation("flood-3", start.AddSeconds(3)) with { Origin = "flooder" }, Limits(start, 3));

        Assert.Equal(DirectLineOpenOutcome.Created, flood3.Outcome);
        Assert.NotNull(await DirectLine.FindAsync("visitor"));
        Assert.Null(await DirectLine.FindAsync("flood-1"));
        Assert.Equal("flooder", (await DirectLine.FindAsync("flood-3"))!.Origin);
    }

    [Fact]
    public async Task Direct_line_removes_expired_conversations_with_their_activities_and_erasing_a_webchat_conversation_clears_its_transcript()
    {
        var start = Clock.GetUtcNow();
        await DirectLine.OpenAsync(OpenConversation("silent", start), Limits(start, 10));
        await DirectLine.OpenAsync(OpenConversation("spoken", start), Limits(start, 10));
        await DirectLine.TouchAsync("spoken", start.AddMinutes(1), personSpoke: true);
        await DirectLine.AppendAsync("spoken", number => Json(number, "my answer"), keep: 10);

        var removed = await DirectLine.RemoveExpiredAsync(Limits(start.AddMinutes(10), 10));
        await Eraser.EraseAsync(new ConversationKey("webchat", "spoken"));
        var transcript = await DirectLine.ReadAfterAsync("spoken", 0);

        Assert.Equal(1, removed);
        Assert.Null(await DirectLine.FindAsync("silent"));
        Assert.True((await DirectLine.FindAsync("spoken"))!.PersonSpoke);
        Assert.Empty(transcript!.Activities);
        Assert.Equal(1, transcript.LastSequence);
    }

    private static DirectLineConversationRecord OpenConversation(string id, DateTimeOffset now) =>
        new(id, "u1", "en-US", now, PersonSpoke: false, LastSequence: 0);

    private static DirectLineLimits Limits(DateTimeOffset now, int max) =>
        new(max, now - TimeSpan.FromHours(1), now - TimeSpan.FromMinutes(5));

    private static string Json(long number, string text) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{number}}","text":"{{text}}"}""");
}

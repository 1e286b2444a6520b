using TrialBot.Host.Telemetry;

namespace TrialBot.Host.Tests;

public sealed class ConversationIdHashTests
{
    [Fact]
    public void The_same_conversation_always_gives_the_same_short_hash()
    {
        var hash = new ConversationIdHash("key");

        var first = hash.Compute("+8613800000000");

        Assert.Equal(first, new ConversationIdHash("key").Compute("+8613800000000"));
        Assert.Matches("^[0-9a-f]{16}$", first);
        Assert.DoesNotContain("13800000000", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_conversations_and_different_keys_give_different_hashes()
    {
        var hash = new ConversationIdHash("key");

        Assert.NotEqual(hash.Compute("conversation-1"), hash.Compute("conversation-2"));
        Assert.NotEqual(hash.Compute("conversation-1"), new ConversationIdHash("other key").Compute("conversation-1"));
        Assert.NotEqual(hash.Compute("conversation-1"), new ConversationIdHash(null).Compute("conversation-1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_conversation_id_gives_none(string? conversationId)
    {
        Assert.Equal(ConversationIdHash.None, new ConversationIdHash(null).Compute(conversationId));
    }
}

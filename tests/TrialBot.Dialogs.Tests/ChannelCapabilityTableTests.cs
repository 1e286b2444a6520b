using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Channels;

namespace TrialBot.Dialogs.Tests;

public class ChannelCapabilityTableTests
{
    private static Activity ActivityOn(string channelId, string? conversationType = null) =>
        new() { ChannelId = channelId, Conversation = new ConversationAccount(conversationType: conversationType, id: "c") };

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("test")]
    public void Rich_web_channels_have_suggested_actions_cards_and_markdown(string channelId)
    {
        var capabilities = ChannelCapabilityTable.Default.ForActivity(ActivityOn(channelId));

        Assert.True(capabilities.SupportsSuggestedActions);
        Assert.True(capabilities.SupportsCards);
        Assert.True(capabilities.SupportsMarkdown);
    }

    [Fact]
    public void Teams_allows_three_suggested_actions_in_personal_chats_only()
    {
        var personal = ChannelCapabilityTable.Default.ForActivity(ActivityOn("msteams", "personal"));
        var channel = ChannelCapabilityTable.Default.ForActivity(ActivityOn("msteams", "channel"));

        Assert.True(personal.SupportsSuggestedActions);
        Assert.Equal(3, personal.MaxSuggestedActions);
        Assert.False(channel.SupportsSuggestedActions);
        Assert.True(channel.SupportsCards);
    }

    [Fact]
    public void Sms_is_plain_text_only()
    {
        var sms = ChannelCapabilityTable.Default.For("sms");

        Assert.False(sms.SupportsSuggestedActions);
        Assert.False(sms.SupportsCards);
        Assert.False(sms.SupportsMarkdown);
        Assert.Equal(1600, sms.MaxMessageLength);
    }

    [Fact]
    public void Unknown_channels_get_the_fallback()
    {
        Assert.Same(ChannelCapabilityTable.Default.Fallback, ChannelCapabilityTable.Default.For("carrier-pigeon"));
        Assert.Same(ChannelCapabilityTable.Default.Fallback, ChannelCapabilityTable.Default.For(null));
    }

    [Fact]
    public void An_application_can_add_a_channel()
    {
        var line = new ChannelCapabilities { SupportsSuggestedActions = true, MaxSuggestedActions = 13 };

        var table = ChannelCapabilityTable.Default.With("line", line);

        Assert.Same(line, table.For("LINE"));
        Assert.Same(ChannelCapabilityTable.Default.Fallback, ChannelCapabilityTable.Default.For("line"));
    }
}

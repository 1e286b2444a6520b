using TrialBot.Hardening.Tests.Support;
using TrialBot.Storage.Conversations;

namespace TrialBot.Hardening.Tests.Privacy;

/// <summary>
/// "Delete my data" and its confirmation leave no row behind in the real database: the tables are read with SQL,
/// bypassing the storage library.
/// </summary>
public sealed class DeleteMyDataTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite, "en-US", "delete my data", "yes")]
    [InlineData(StorageProvider.Postgres, "zh-CN", "删除我的数据", "是")]
    public async Task After_delete_my_data_and_its_confirmation_no_row_of_the_conversation_is_left(string provider, string locale, string delete, string confirm)
    {
        await using var database = await StorageProvider.CreateAsync(provider);
        await using var host = await HardeningHost.StartAsync(database.Settings, logLevel: LogLevel.Warning);
        var script = locale == "zh-CN" ? ScreeningScript.EligibleChinese : ScreeningScript.EligibleEnglish;
        var conversationId = $"erase-{Guid.NewGuid():N}";
        var hash = new ConversationKey(ChannelClient.ChannelId, conversationId).Hash;
        await ScreeningDriver.RunAsync(host.Channel, conversationId, script);
        var stateBefore = await DatabaseRows.CountContainingAsync(database, "bot_state", conversationId);
        var referralsBefore = await DatabaseRows.CountContainingAsync(database, "referral", hash);

        var asked = await host.Channel.SayAsync(conversationId, delete, locale);
        var done = await host.Channel.SayAsync(conversationId, confirm, locale);

        Assert.Equal(1, stateBefore);
        Assert.Equal(1, referralsBefore);
        Assert.NotEmpty(asked.Activities);
        Assert.NotEmpty(done.Activities);
        Assert.Null(await StoredConversation.ReadAsync(host.Storage, conversationId));
        foreach (var table in DatabaseRows.PersonalTables)
        {
            Assert.True(await DatabaseRows.CountAsync(database, table) == 0, $"{table} still has rows after delete my data.");
        }
    }
}

using TrialBot.Integration.Tests.Support;

namespace TrialBot.Integration.Tests;

public sealed class RestartOnSqliteTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("trialbot-integration-");

    [Fact]
    public async Task A_process_killed_between_turns_leaves_the_SQLite_file_to_the_next_which_continues_at_the_same_question()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder.FullName, "trialbot.db")}",
        };
        var conversation = new ChannelConversation();
        ReplyBatch asked;
        await using (var first = await HostProcess.StartAsync("first", settings))
        {
            var joined = await conversation.SendAsync(first, conversation.Join());
            asked = (await ScreeningDriver.RunAsync(conversation, joined, _ => first, stopAt: "diagnosis-duration"))[^1];
            first.Kill();
        }

        await using var second = await HostProcess.StartAsync("second", settings);
        var batches = await ScreeningDriver.RunAsync(conversation, asked, _ => second, stopAt: "transplant");

        Assert.Equal("diagnosis-duration", asked.LastQuestionId);
        Assert.Equal(["diagnosis-duration", "disease-active", "transplant"], batches.Select(batch => batch.LastQuestionId));
    }

    public void Dispose() => folder.Delete(recursive: true);
}

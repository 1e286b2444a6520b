using System.Text.Json.Nodes;
using TrialBot.Host.BotFramework;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>
/// Installing the Teams app sends installationUpdate and conversationUpdate at once: the person gets one greeting and no
/// apology, whichever arrives first.
/// </summary>
public sealed class TeamsInstallTests
{
    private const int Installs = 50;

    [Fact]
    public async Task Concurrent_install_and_member_added_greet_once_and_never_apologise()
    {
        await using var host = await RunningHost.StartAsync();
        await host.WarmedUpAsync();
        var problems = new List<string>();
        for (var install = 0; install < Installs; install++)
        {
            var conversationId = $"a:teams-install-{install}-{Guid.NewGuid():N}";
            var installed = Activity("installationUpdate", conversationId);
            installed["action"] = "add";
            var membersAdded = Activity("conversationUpdate", conversationId);
            membersAdded["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1" }, new JsonObject { ["id"] = "bot-1" });

            var responses = await Task.WhenAll(
                TestActivities.PostAsync(host.Client, installed),
                TestActivities.PostAsync(host.Client, membersAdded));
            var texts = new List<string?>();
            foreach (var response in responses)
            {
                using (response)
                {
                    texts.AddRange(await TestActivities.ReplyTextsAsync(response));
                }
            }

            var greetings = texts.Count(text => text?.StartsWith("Hello! I am TrialBot.", StringComparison.Ordinal) == true);
            var apologies = texts.Count(text => text is TurnConflictNotice.English or TurnErrorApology.English);
            if (greetings != 1 || apologies != 0)
            {
                problems.Add($"install {install}: {greetings} greetings, {apologies} apologies");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static JsonObject Activity(string type, string conversationId)
    {
        var activity = TestActivities.Message(string.Empty, conversationId);
        activity["type"] = type;
        activity["channelId"] = "msteams";
        activity.Remove("text");
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" };
        return activity;
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrialBot.Bench.Conversations;

namespace TrialBot.Bench.Tests;

/// <summary>A stand-in bot: answers each turn with the next scripted reply (a question id or none) and keeps the texts it was sent.</summary>
internal sealed class ScriptedChannel(params string?[] questionIds) : IBotChannel
{
    private int turn;

    public List<string> TextsReceived { get; } = [];

    public Task<TurnOutcome> SendAsync(byte[] activity, CancellationToken cancellationToken = default)
    {
        TextsReceived.Add(JsonNode.Parse(activity)!["text"]!.GetValue<string>());
        var questionId = turn < questionIds.Length ? questionIds[turn] : null;
        turn++;
        var reply = new JsonObject { ["type"] = "message", ["text"] = "…" };
        if (questionId is not null)
        {
            reply["entities"] = new JsonArray(new JsonObject { ["type"] = "trialbot/question", ["id"] = questionId });
        }

        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new JsonObject { ["activities"] = new JsonArray(reply) }));
        return Task.FromResult(TurnOutcome.Succeeded(TurnReplies.Parse(body), TimeSpan.FromMilliseconds(1)));
    }
}

using System.Text.Json.Nodes;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Host.Tests.Support;

/// <summary>
/// One person's conversation over <c>POST /api/messages</c> on a channel (<c>webchat</c>, <c>sms</c>…), answering each
/// question by its id (the <c>trialbot/question</c> entity) from queues of answers: a likely-eligible person in Wuhan
/// by default, in English or Chinese. Confirmations (<c>*.confirm</c>) and the review are answered yes unless scripted.
/// </summary>
internal sealed class ConversationScript
{
    private const int MaxTurns = 60;

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["consent"] = "yes", ["age"] = "45", ["diagnosis"] = "yes", ["diagnosis-duration"] = "3 years",
        ["disease-active"] = "yes", ["transplant"] = "no", ["lupus-crisis"] = "no", ["cns"] = "no",
        ["other-autoimmune"] = "no", ["treatment"] = "prednisone and hydroxychloroquine",
        ["steroid-dose"] = "prednisone 10 mg a day", ["steroid-duration"] = "6 months", ["steroid-stable"] = "2 months",
        ["high-dose-steroids"] = "no", ["kidney"] = "no", ["antibodies"] = "yes", ["sledai"] = "10",
        ["iga"] = "2.1 g/L", ["location"] = "Wuhan", ["review"] = "yes",
    };

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["consent"] = "好的", ["age"] = "45岁", ["diagnosis"] = "是的", ["diagnosis-duration"] = "三年了",
        ["disease-active"] = "是", ["transplant"] = "没有", ["lupus-crisis"] = "没有", ["cns"] = "没有",
        ["other-autoimmune"] = "没有", ["treatment"] = "泼尼松和羟氯喹", ["steroid-dose"] = "泼尼松每天10毫克",
        ["steroid-duration"] = "六个月", ["steroid-stable"] = "两个月", ["high-dose-steroids"] = "没有", ["kidney"] = "没有",
        ["antibodies"] = "是", ["sledai"] = "10分", ["iga"] = "2.1 g/L", ["location"] = "武汉", ["review"] = "是",
    };

    private readonly Dictionary<string, Queue<string>> answers;
    private readonly string channel;
    private readonly string locale;
    private readonly string conversationId;
    private readonly string fromId;
    private int turn;

    private ConversationScript(string language, string channel, string? smsNumber)
    {
        this.channel = channel;
        locale = language == "zh" ? "zh-CN" : "en-US";
        answers = (language == "zh" ? Chinese : English).ToDictionary(pair => pair.Key, pair => new Queue<string>([pair.Value]), StringComparer.Ordinal);
        conversationId = channel == "sms" ? smsNumber ?? "+8613812345678" : "conversation-" + Guid.NewGuid().ToString("N");
        fromId = channel == "sms" ? conversationId : "dl_" + Guid.NewGuid().ToString("N")[..8];
    }

    /// <summary>Every question id asked, in order (a question asked again appears again).</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Every reply of the bot, in order.</summary>
    public List<JsonObject> Replies { get; } = [];

    /// <summary>The outcome entity, once given.</summary>
    public JsonObject? Outcome { get; private set; }

    /// <summary>The replies of the last turn.</summary>
    public IReadOnlyList<JsonObject> LastTurn { get; private set; } = [];

    /// <summary>A person in <paramref name="language"/> (<c>en</c>, <c>zh</c>) on <paramref name="channel"/>; on SMS the
    /// conversation id and the sender are <paramref name="smsNumber"/>.</summary>
    public static ConversationScript On(string channel, string language = "en", string? smsNumber = null) => new(language, channel, smsNumber);

    /// <summary>Answers <paramref name="questionId"/> with <paramref name="texts"/>, one each time it is asked.</summary>
    public ConversationScript Answer(string questionId, params string[] texts)
    {
        answers[questionId] = new Queue<string>(texts);
        return this;
    }

    /// <summary>Says <paramref name="text"/> first and then answers every question from the script until a reply batch
    /// asks nothing, or until <paramref name="stopAt"/> is asked; returns the last question asked (or null).</summary>
    public async Task<string?> RunAsync(HttpClient client, string text = "hello", string? stopAt = null)
    {
        for (var count = 0; count < MaxTurns; count++)
        {
            var questionId = await SayAsync(client, text);
            if (questionId is null || questionId == stopAt)
            {
                return questionId;
            }

            if (!answers.TryGetValue(questionId, out var queue) || queue.Count == 0)
            {
                if (questionId.EndsWith(".confirm", StringComparison.Ordinal))
                {
                    text = locale == "zh-CN" ? "对" : "yes";
                    continue;
                }

                throw new InvalidOperationException($"The script has no answer left for '{questionId}'; asked so far: {string.Join(", ", Asked)}.");
            }

            text = queue.Dequeue();
        }

        throw new InvalidOperationException($"No end within {MaxTurns} turns; asked: {string.Join(", ", Asked)}.");
    }

    /// <summary>Sends one message; returns the question id of the last reply (or null).</summary>
    public async Task<string?> SayAsync(HttpClient client, string text)
    {
        var activity = TestActivities.Message(text, conversationId, locale: locale, id: $"{conversationId}-{turn++}-{Guid.NewGuid():N}");
        activity["channelId"] = channel;
        activity["from"] = new JsonObject { ["id"] = fromId, ["role"] = "user" };
        using var response = await TestActivities.PostAsync(client, activity);
        response.EnsureSuccessStatusCode();
        LastTurn = await TestActivities.RepliesAsync(response);
        Replies.AddRange(LastTurn);
        Outcome ??= LastTurn.SelectMany(reply => reply["entities"]?.AsArray().OfType<JsonObject>() ?? []).FirstOrDefault(entity => (string?)entity["type"] == "trialbot/outcome");
        var questionId = LastTurn.Count == 0
            ? null
            : LastTurn[^1]["entities"]?.AsArray().OfType<JsonObject>().FirstOrDefault(entity => (string?)entity["type"] == QuestionEntity.EntityType)?["id"]?.GetValue<string>();
        if (questionId is not null)
        {
            Asked.Add(questionId);
        }

        return questionId;
    }

    /// <summary>The text of the last reply that asked <paramref name="questionId"/>.</summary>
    public string TextOf(string questionId) =>
        (string?)Replies.Last(reply => reply["entities"]?.AsArray().OfType<JsonObject>().Any(entity => (string?)entity["type"] == QuestionEntity.EntityType && (string?)entity["id"] == questionId) == true)["text"]
            ?? string.Empty;
}

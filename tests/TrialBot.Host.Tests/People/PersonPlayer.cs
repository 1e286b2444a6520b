using System.Globalization;
using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests.People;

/// <summary>
/// Plays a <see cref="ScriptedPerson"/> over <c>POST /api/messages</c>, as their channel would post it: each message's
/// question entity says which answer to give; a question asked again gets the person's next answer; when the script has
/// none left the person says they don't know, and once more after that the screening counts as stuck.
/// </summary>
internal static class PersonPlayer
{
    private const int MaxTurns = 90;
    private const string QuestionType = "trialbot/question";
    private const string OutcomeType = "trialbot/outcome";

    /// <summary>The last SMS number handed out: numbers are counted, never drawn, so that no two people of a run share one
    /// (drawn at random, two of some 600 texting people once did, and the second found the first's finished screening).</summary>
    private static int lastSmsNumber = Random.Shared.Next(0, 50_000_000);

    public static async Task<PersonRun> PlayAsync(HttpClient client, ScriptedPerson person)
    {
        var run = new PersonRun(person);
        var zh = person.Language == "zh";
        var conversationId = ConversationId(person);
        var text = zh ? "你好" : "hi";
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            run.Transcript.Add(new TranscriptLine(false, text, null));
            using var response = await TestActivities.PostAsync(client, Activity(person, conversationId, text, turn));
            if (!response.IsSuccessStatusCode)
            {
                run.Problem = $"HTTP {(int)response.StatusCode} after \"{text}\"";
                return run;
            }

            var replies = await TestActivities.RepliesAsync(response);
            string? questionId = null;
            var lastText = string.Empty;
            foreach (var reply in replies)
            {
                var entities = Entities(reply).ToList();
                var id = entities.FirstOrDefault(entity => (string?)entity["type"] == QuestionType)?["id"]?.GetValue<string>();
                var said = Said(reply);
                run.Transcript.Add(new TranscriptLine(true, said, id));
                if (entities.FirstOrDefault(entity => (string?)entity["type"] == OutcomeType) is { } outcome && run.Outcome is null)
                {
                    run.Outcome = (string?)outcome["outcome"];
                    run.Criteria = outcome["criteria"]?.AsArray();
                }

                questionId = id;
                lastText = said;
            }

            if (questionId is null)
            {
                if (run.Outcome is null)
                {
                    run.Problem = $"no question and no outcome after \"{text}\"";
                }

                return run;
            }

            run.Asked.Add(questionId);
            var next = Answer(person, run, questionId, lastText);
            if (next is null)
            {
                run.Problem ??= $"stuck at '{questionId}' (asked {run.Asks(questionId)} times)";
                return run;
            }

            text = next;
        }

        run.Problem ??= $"no end within {MaxTurns} turns";
        return run;
    }

    private static string? Answer(ScriptedPerson person, PersonRun run, string questionId, string asking)
    {
        var zh = person.Language == "zh";
        if (questionId == "review")
        {
            return zh ? "是的" : "yes";
        }

        if (questionId == "review.change")
        {
            return zh ? "都对" : "Everything is right";
        }

        if (questionId == "delete.confirm")
        {
            return zh ? "不" : "no";
        }

        if (questionId.EndsWith(".confirm", StringComparison.Ordinal))
        {
            var about = questionId[..^".confirm".Length];
            if (person.Understood.TryGetValue(about, out var mentions)
                && !mentions.Any(mention => asking.Contains(mention, StringComparison.OrdinalIgnoreCase)))
            {
                run.Rejected.Add((about, asking));
                return zh ? "不对" : "no thats not what i said";
            }

            if (person.Confirm.TryGetValue(about, out var confirm))
            {
                return confirm;
            }

            if (person.Truths.TryGetValue(about, out var truth))
            {
                if (truth == "unknown")
                {
                    return zh ? "不确定" : "not sure";
                }

                if ((truth == "yes") == SaysNot(asking))
                {
                    run.Rejected.Add((about, asking));
                    return zh ? "不对" : "no thats wrong";
                }
            }

            return zh ? "对" : "yes";
        }

        if (!person.Answers.TryGetValue(questionId, out var given))
        {
            if (questionId.StartsWith("precall.", StringComparison.Ordinal))
            {
                // The study team's optional pre-call questions, after the referral is stored: people without a scripted
                // answer skip them one by one.
                return zh ? "跳过" : "skip";
            }

            if (questionId.StartsWith("referral", StringComparison.Ordinal))
            {
                return zh ? "不用了，谢谢" : "no thanks";
            }

            run.Problem = $"asked '{questionId}', which the person has no answer for";
            return null;
        }

        var times = run.Asks(questionId);
        if (times <= given.Length)
        {
            return given[times - 1];
        }

        return times == given.Length + 1 ? (zh ? "我不知道" : "i dont know") : null;
    }

    /// <summary>
    /// Whether a confirmation says back a "no" ("So your lupus has not stayed active …", "So you have never had …", "So you
    /// have no other …", "您的狼疮在治疗下没有持续活动"), read before its answer options:
    /// the person reads the statement, as people do, by its negation.
    /// </summary>
    private static bool SaysNot(string asking)
    {
        var question = asking.Split('[')[0];
        var end = question.LastIndexOfAny(['?', '？']);
        var statement = (end > 0 ? question[..end] : question).Replace("not caused by lupus", string.Empty, StringComparison.OrdinalIgnoreCase) + " ";
        return statement.Contains(" not ", StringComparison.OrdinalIgnoreCase)
            || statement.Contains(" never ", StringComparison.OrdinalIgnoreCase)
            || statement.Contains(" no ", StringComparison.OrdinalIgnoreCase)
            || statement.Contains("n't", StringComparison.OrdinalIgnoreCase)
            || statement.Contains("没有", StringComparison.Ordinal)
            || statement.Contains("不是", StringComparison.Ordinal)
            || statement.Contains('未', StringComparison.Ordinal);
    }

    private static string ConversationId(ScriptedPerson person)
    {
        var unique = Guid.NewGuid().ToString("N");
        return person.Channel switch
        {
            "sms" => "+86139" + Interlocked.Increment(ref lastSmsNumber).ToString("D8", CultureInfo.InvariantCulture),
            "msteams" => "a:1" + unique,
            _ => unique + "|livechat",
        };
    }

    private static JsonObject Activity(ScriptedPerson person, string conversationId, string text, int turn)
    {
        var activity = TestActivities.Message(text, conversationId, locale: person.Locale, id: $"{person.Id}-{turn}-{Guid.NewGuid():N}");
        activity["channelId"] = person.Channel;
        switch (person.Channel)
        {
            case "msteams":
                activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };
                activity["from"] = new JsonObject { ["id"] = "29:" + person.Id, ["role"] = "user", ["aadObjectId"] = Guid.NewGuid().ToString() };
                activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
                break;
            case "sms":
                activity["from"] = new JsonObject { ["id"] = conversationId, ["role"] = "user" };
                break;
            default:
                activity["from"] = new JsonObject { ["id"] = "dl_" + person.Id, ["role"] = "user" };
                break;
        }

        return activity;
    }

    private static string Said(JsonObject reply)
    {
        var text = (string?)reply["text"] ?? string.Empty;
        var actions = reply["suggestedActions"]?["actions"]?.AsArray().Select(action => (string?)action?["title"]).Where(title => title is not null).ToList();
        if (actions is { Count: > 0 })
        {
            text += " [" + string.Join(" | ", actions) + "]";
        }

        var attachments = reply["attachments"]?.AsArray().Count ?? 0;
        if (attachments > 0)
        {
            text += $" ({attachments} attachment{(attachments == 1 ? string.Empty : "s")})";
        }

        return text;
    }

    private static IEnumerable<JsonObject> Entities(JsonObject reply) =>
        reply["entities"]?.AsArray().OfType<JsonObject>() ?? [];
}

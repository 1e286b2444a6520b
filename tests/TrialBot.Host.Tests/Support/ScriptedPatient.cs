using System.Text.Json.Nodes;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Host.Tests.Support;

/// <summary>
/// A person screened over <c>POST /api/messages</c> who answers each question by its id, in their own words: by default
/// as an eligible person would, with some answers replaced. An answer may be a sequence ("seventy-something", then
/// "73"): each time the same question is asked again the next one is given. A question asked more often than the person
/// has answers for is a failed understanding and ends the script. Confirmations (<c>*.confirm</c>) and the review are
/// answered yes.
/// </summary>
internal sealed class ScriptedPatient
{
    private const int MaxTurns = 80;

    private static readonly Dictionary<string, string[]> English = new(StringComparer.Ordinal)
    {
        ["consent"] = ["ok"], ["age"] = ["34"], ["diagnosis"] = ["yes"], ["diagnosis-duration"] = ["about 3 years"],
        ["disease-active"] = ["yes"], ["transplant"] = ["no"], ["lupus-crisis"] = ["no"], ["cns"] = ["no"],
        ["other-autoimmune"] = ["no"], ["treatment"] = ["prednisone and hydroxychloroquine"],
        ["steroid-dose"] = ["prednisone 10 mg a day"], ["steroid-duration"] = ["a year"], ["steroid-stable"] = ["3 months"],
        ["high-dose-steroids"] = ["no"], ["kidney"] = ["no"], ["kidney.dialysis"] = ["no"],
        ["kidney.proteinuria"] = ["don't know"], ["kidney.creatinine"] = ["don't know"], ["antibodies"] = ["yes"],
        ["sledai"] = ["10"], ["iga"] = ["2.1 g/L"], ["location"] = ["Hangzhou"],
    };

    private static readonly Dictionary<string, string[]> Chinese = new(StringComparer.Ordinal)
    {
        ["consent"] = ["好的"], ["age"] = ["34岁"], ["diagnosis"] = ["是的"], ["diagnosis-duration"] = ["三年了"],
        ["disease-active"] = ["是"], ["transplant"] = ["没有"], ["lupus-crisis"] = ["没有"], ["cns"] = ["没有"],
        ["other-autoimmune"] = ["没有"], ["treatment"] = ["泼尼松和羟氯喹"], ["steroid-dose"] = ["泼尼松每天10毫克"],
        ["steroid-duration"] = ["一年"], ["steroid-stable"] = ["三个月"], ["high-dose-steroids"] = ["没有"], ["kidney"] = ["没有"],
        ["kidney.dialysis"] = ["没有"], ["kidney.proteinuria"] = ["不知道"], ["kidney.creatinine"] = ["不知道"],
        ["antibodies"] = ["是"], ["sledai"] = ["10分"], ["iga"] = ["2.1 g/L"], ["location"] = ["杭州"],
    };

    private readonly Dictionary<string, string[]> answers;
    private readonly string locale;

    private ScriptedPatient(string language, IEnumerable<(string QuestionId, string[] Answers)> changes)
    {
        locale = language == "zh" ? "zh-CN" : "en-US";
        answers = new Dictionary<string, string[]>(language == "zh" ? Chinese : English, StringComparer.Ordinal);
        foreach (var (questionId, given) in changes)
        {
            answers[questionId] = given;
        }
    }

    /// <summary>An eligible person in <paramref name="language"/> ("en", "zh") with <paramref name="changes"/>.</summary>
    public static ScriptedPatient Eligible(string language, params (string QuestionId, string[] Answers)[] changes) => new(language, changes);

    /// <summary>Screens the person in a new conversation; returns the outcome id, or why there was none.</summary>
    public async Task<string> ScreenAsync(HttpClient client) => (await ScreenFullyAsync(client)).Outcome;

    /// <summary>
    /// Screens the person in a new conversation: the outcome id (or why there was none), the site offered, and the
    /// questions for which the person had answers left unused (a follow-up that was never asked).
    /// </summary>
    public async Task<ScreeningEnd> ScreenFullyAsync(HttpClient client)
    {
        var conversationId = "patient-" + Guid.NewGuid().ToString("N");
        var asked = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = locale == "zh-CN" ? "你好" : "hi";
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            using var response = await TestActivities.PostAsync(client, TestActivities.Message(text, conversationId, locale: locale));
            if (!response.IsSuccessStatusCode)
            {
                return Failed($"HTTP {(int)response.StatusCode} after \"{text}\"");
            }

            var replies = await TestActivities.RepliesAsync(response);
            if (replies.SelectMany(Entities).FirstOrDefault(entity => (string?)entity["type"] == "trialbot/outcome") is { } outcome)
            {
                var unused = answers.Where(pair => asked.GetValueOrDefault(pair.Key) is var times && times > 0 && times < pair.Value.Length).Select(pair => pair.Key).ToList();
                return new ScreeningEnd((string)outcome["outcome"]!, (string?)outcome["site"]?["id"], unused);
            }

            var questionId = replies.SelectMany(Entities).LastOrDefault(entity => (string?)entity["type"] == QuestionEntity.EntityType)?["id"]?.GetValue<string>();
            if (questionId is null)
            {
                return Failed($"no question after \"{text}\": {string.Join(" | ", replies.Select(reply => (string?)reply["text"]))}");
            }

            var times = asked[questionId] = asked.GetValueOrDefault(questionId) + 1;
            if (questionId.EndsWith(".confirm", StringComparison.Ordinal) || questionId == "review")
            {
                text = locale == "zh-CN" ? "是的" : "yes";
                continue;
            }

            if (!answers.TryGetValue(questionId, out var given))
            {
                return Failed($"asked '{questionId}', which the script has no answer to");
            }

            if (times > given.Length)
            {
                return Failed($"'{questionId}' asked again after \"{text}\": {string.Join(" | ", replies.Select(reply => (string?)reply["text"]))}");
            }

            text = given[times - 1];
        }

        return Failed("no outcome within " + MaxTurns + " turns");
    }

    private static ScreeningEnd Failed(string why) => new(why, null, []);

    private static IEnumerable<JsonObject> Entities(JsonObject reply) =>
        reply["entities"]?.AsArray().Select(entity => entity!.AsObject()) ?? [];
}

/// <summary>How a scripted screening ended.</summary>
/// <param name="Outcome">The outcome id, or why there was none.</param>
/// <param name="SiteId">The site offered, if any.</param>
/// <param name="Unused">Questions the person had further answers for that were never asked again.</param>
internal sealed record ScreeningEnd(string Outcome, string? SiteId, IReadOnlyList<string> Unused);

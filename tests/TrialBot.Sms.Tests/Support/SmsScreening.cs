using TrialBot.Sms.Segments;
using TrialBot.Sms.Tests.Bots;

namespace TrialBot.Sms.Tests.Support;

/// <summary>
/// Plays a whole screening over the Twilio webhook, signed as Twilio signs: a first text, then the answer to each
/// question the bot asks (known from the question id the bot sent, which SMS itself drops) until the outcome.
/// </summary>
internal static class SmsScreening
{
    private const int MaxTurns = 40;

    /// <summary>One turn: the text sent and the messages that came back.</summary>
    public sealed record Turn(string Sent, string? QuestionId, IReadOnlyList<string> Messages)
    {
        public int Segments => Messages.Sum(SmsSegments.Count);
    }

    /// <summary>Runs the screening from <paramref name="first"/> on, answering from <paramref name="answers"/> (confirmations and the review with <paramref name="yes"/>).</summary>
    public static async Task<IReadOnlyList<Turn>> PlayAsync(SmsTestHost host, RecordingBot.Notes notes, string first, IReadOnlyDictionary<string, string> answers, string yes)
    {
        var turns = new List<Turn>();
        var text = first;
        for (var i = 0; i < MaxTurns; i++)
        {
            notes.LastQuestionId = null;
            var response = await host.SendAsync(TwilioForms.Message(text, $"SM{i:D32}"));
            var messages = await Twiml.MessagesAsync(response);
            turns.Add(new Turn(text, notes.LastQuestionId, messages));
            if (notes.Outcome is not null)
            {
                return turns;
            }

            var question = notes.LastQuestionId
                ?? throw new InvalidOperationException($"No question and no outcome after \"{text}\":\n{string.Join("\n---\n", messages)}");
            text = answers.TryGetValue(question, out var answer) ? answer
                : question == "review" || question.EndsWith(".confirm", StringComparison.Ordinal) ? yes
                : throw new KeyNotFoundException($"No answer to '{question}'.");
        }

        throw new InvalidOperationException("The screening did not end.");
    }

    /// <summary>The answers of an eligible person in English.</summary>
    public static IReadOnlyDictionary<string, string> EligibleEnglish { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consent"] = "yes",
        ["age"] = "45",
        ["diagnosis"] = "yes",
        ["diagnosis-duration"] = "3 years",
        ["disease-active"] = "yes",
        ["transplant"] = "no",
        ["lupus-crisis"] = "no",
        ["cns"] = "no",
        ["other-autoimmune"] = "no",
        ["treatment"] = "prednisone and hydroxychloroquine",
        ["steroid-dose"] = "prednisone 10 mg a day",
        ["steroid-duration"] = "6 months",
        ["steroid-stable"] = "2 months",
        ["high-dose-steroids"] = "no",
        ["kidney"] = "no",
        ["kidney.dialysis"] = "no",
        ["kidney.proteinuria"] = "I don't know",
        ["kidney.creatinine"] = "I don't know",
        ["antibodies"] = "yes",
        ["sledai"] = "10",
        ["iga"] = "2.1 g/L",
        ["location"] = "Shanghai",
    };

    /// <summary>The answers of an eligible person in Chinese.</summary>
    public static IReadOnlyDictionary<string, string> EligibleChinese { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consent"] = "是的",
        ["age"] = "我今年45岁",
        ["diagnosis"] = "是",
        ["diagnosis-duration"] = "确诊三年了",
        ["disease-active"] = "是",
        ["transplant"] = "没有",
        ["lupus-crisis"] = "没有",
        ["cns"] = "没有",
        ["other-autoimmune"] = "没有",
        ["treatment"] = "泼尼松和羟氯喹",
        ["steroid-dose"] = "每天10毫克泼尼松",
        ["steroid-duration"] = "半年",
        ["steroid-stable"] = "两个月",
        ["high-dose-steroids"] = "没有",
        ["kidney"] = "没有",
        ["kidney.dialysis"] = "没有",
        ["kidney.proteinuria"] = "不知道",
        ["kidney.creatinine"] = "不知道",
        ["antibodies"] = "是",
        ["sledai"] = "10分",
        ["iga"] = "2.1 g/L",
        ["location"] = "上海",
    };
}

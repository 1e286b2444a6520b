namespace TrialBot.Bench.Conversations;

/// <summary>
/// The scripted person's answer to each screening question, keyed by the question id the bot puts on its reply
/// (<c>{"type": "trialbot/question", "id": …}</c>), in English and Simplified Chinese. The answers make the longest
/// path through the screening (lupus nephritis, so the kidney questions are asked) and end "likely eligible", followed
/// by the referral (consent to contact, site, name, e-mail) and "skip all" to the optional pre-call questions, so a
/// conversation asks every screening and referral question the bot has and
/// stores a referral. Keyed by id, the script survives changes to the question order. The review before the outcome
/// (<c>review</c>) and any confirmation of what the bot understood (<c>{question id}.confirm</c>) are answered yes.
/// </summary>
internal static class ScriptedAnswers
{
    private static readonly Dictionary<string, (string English, string Chinese)> Answers = new(StringComparer.Ordinal)
    {
        ["consent"] = ("yes", "是的"),
        ["age"] = ("I'm 34", "我今年三十四岁"),
        ["diagnosis"] = ("yes", "是"),
        ["diagnosis-duration"] = ("about 3 years ago", "三年前确诊的"),
        ["disease-active"] = ("yes, it keeps flaring", "是的，一直反复"),
        ["treatment"] = ("prednisone and hydroxychloroquine", "泼尼松和羟氯喹"),
        ["steroid-dose"] = ("prednisone 10 mg a day", "泼尼松每天10毫克"),
        ["steroid-duration"] = ("2 years", "两年"),
        ["steroid-stable"] = ("3 months", "三个月"),
        ["antibodies"] = ("yes", "是的"),
        ["sledai"] = ("10", "10分"),
        ["kidney"] = ("yes", "有"),
        ["kidney.proteinuria"] = ("2.5 g/24h", "2.5克/24小时"),
        ["kidney.creatinine"] = ("1.1 mg/dL", "97微摩尔/升"),
        ["kidney.dialysis"] = ("no", "没有"),
        ["high-dose-steroids"] = ("no", "没有"),
        ["lupus-crisis"] = ("no", "没有"),
        ["cns"] = ("no", "没有"),
        ["other-autoimmune"] = ("no", "没有"),
        ["transplant"] = ("no", "没有"),
        ["iga"] = ("2.1 g/L", "2.1 g/L"),
        ["location"] = ("Wuhan", "武汉"),

        // Before the outcome: the review of the answers as understood.
        ["review"] = ("yes", "是"),

        // After a likely-eligible outcome: the referral (the e-mail domain is reserved for examples).
        ["referral"] = ("yes", "可以"),
        ["referral.site"] = ("1", "1"),
        ["referral.name"] = ("Li Wei", "李伟"),
        ["referral.contact"] = ("li.wei@example.com", "li.wei@example.com"),

        // The study team's optional questions that follow the stored referral: all skipped at the first.
        ["precall.rheumatologist"] = ("skip all", "全部跳过"),
    };

    /// <summary>The first message of a conversation.</summary>
    public static string Greeting(ScriptLanguage language) => language == ScriptLanguage.Chinese ? "你好" : "hello";

    /// <summary>The answer to <paramref name="questionId"/>, or null when the script has none.</summary>
    public static string? For(string questionId, ScriptLanguage language) =>
        Answers.TryGetValue(questionId, out var answer) ? (language == ScriptLanguage.Chinese ? answer.Chinese : answer.English)
        : questionId.EndsWith(".confirm", StringComparison.Ordinal) ? (language == ScriptLanguage.Chinese ? "是" : "yes")
        : null;

    /// <summary>Every scripted answer in one language, in a fixed order (the echo bot's conversation).</summary>
    public static IReadOnlyList<string> All(ScriptLanguage language) =>
        Answers.Values.Select(answer => language == ScriptLanguage.Chinese ? answer.Chinese : answer.English).ToList();
}

namespace TrialBot.Bot.Tests.Support;

/// <summary>
/// A person's answers by question id, in one language. A screening is driven by reading which question the bot asks
/// (its question entity) and answering it from the book, so the plan's order and conditions decide what is asked.
/// The confirmation of what the bot understood (<c>{question id}.confirm</c>) and the review before the outcome
/// (<c>review</c>) are answered yes, unless the book says otherwise.
/// </summary>
internal sealed class AnswerBook
{
    private const string Review = "review";
    private const string ConfirmSuffix = ".confirm";

    private readonly Dictionary<string, string> answers;
    private readonly string yes;

    private AnswerBook(Dictionary<string, string> answers, string yes = "yes")
    {
        this.answers = answers;
        this.yes = yes;
    }

    /// <summary>An eligible person answering in English.</summary>
    public static AnswerBook EligibleEnglish { get; } = new(new Dictionary<string, string>
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
        ["location"] = "Hangzhou",
    });

    /// <summary>An eligible person answering in Chinese.</summary>
    public static AnswerBook EligibleChinese { get; } = new(new Dictionary<string, string>
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
        ["location"] = "杭州",
    }, "是");

    /// <summary>The book for a language: "en" or "zh".</summary>
    public static AnswerBook Eligible(string language) => language == "zh" ? EligibleChinese : EligibleEnglish;

    /// <summary>This book with some answers replaced (pairs of question id and answer).</summary>
    public AnswerBook With(params (string QuestionId, string Answer)[] changes)
    {
        var copy = new Dictionary<string, string>(answers, StringComparer.Ordinal);
        foreach (var (questionId, answer) in changes)
        {
            copy[questionId] = answer;
        }

        return new AnswerBook(copy, yes);
    }

    /// <summary>The answer to a question.</summary>
    public string AnswerTo(string questionId) =>
        answers.TryGetValue(questionId, out var answer) ? answer
        : questionId == Review || questionId.EndsWith(ConfirmSuffix, StringComparison.Ordinal) ? yes
        : throw new KeyNotFoundException($"The answer book has no answer to '{questionId}'.");
}

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// What one person answers, by question id, in one language, and the outcome those answers must produce. The bot's
/// question entities decide what is asked; the script only answers. Scripts that end likely eligible or needing review
/// also answer the referral questions, so that their referral is stored. The confirmation of what the bot understood
/// (<c>{question id}.confirm</c>) and the review before the outcome (<c>review</c>) are answered yes unless the script
/// says otherwise.
/// </summary>
internal sealed record ScreeningScript(string Name, string Locale, IReadOnlyDictionary<string, string> Answers, string ExpectedOutcome)
{
    public const string LikelyEligible = "likely-eligible";
    public const string LikelyIneligible = "likely-ineligible";
    public const string NeedsReview = "needs-review";

    public static ScreeningScript EligibleEnglish { get; } = new("eligible-en", "en-US", new Dictionary<string, string>
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
        ["referral"] = "yes",
        ["referral.site"] = "Shanghai",
        ["referral.name"] = "Wang Fang",
        ["referral.contact"] = "+86 138 0013 8000",
    }, LikelyEligible);

    public static ScreeningScript EligibleChinese { get; } = new("eligible-zh", "zh-CN", new Dictionary<string, string>
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
        ["referral"] = "是",
        ["referral.site"] = "上海",
        ["referral.name"] = "王芳",
        ["referral.contact"] = "13800138000",
    }, LikelyEligible);

    /// <summary>An English speaker too young for the study: the screening stops at the age.</summary>
    public static ScreeningScript IneligibleEnglish { get; } = EligibleEnglish.With("ineligible-en", LikelyIneligible, ("age", "15"));

    /// <summary>A Chinese speaker who had a transplant.</summary>
    public static ScreeningScript IneligibleChinese { get; } = EligibleChinese.With("ineligible-zh", LikelyIneligible, ("transplant", "有"));

    /// <summary>An English speaker who does not know their steroid dose.</summary>
    public static ScreeningScript NeedsReviewEnglish { get; } = EligibleEnglish.With("needs-review-en", NeedsReview, ("steroid-dose", "I don't know"));

    /// <summary>A Chinese speaker who does not know their steroid dose.</summary>
    public static ScreeningScript NeedsReviewChinese { get; } = EligibleChinese.With("needs-review-zh", NeedsReview, ("steroid-dose", "不知道"));

    /// <summary>Every script above: each outcome in each language.</summary>
    public static IReadOnlyList<ScreeningScript> All { get; } =
        [EligibleEnglish, EligibleChinese, IneligibleEnglish, IneligibleChinese, NeedsReviewEnglish, NeedsReviewChinese];

    public string Language => Locale[..2];

    /// <summary>This script with some answers replaced.</summary>
    public ScreeningScript With(string name, string expectedOutcome, params (string QuestionId, string Answer)[] changes)
    {
        var answers = new Dictionary<string, string>(Answers, StringComparer.Ordinal);
        foreach (var (questionId, answer) in changes)
        {
            answers[questionId] = answer;
        }

        return new ScreeningScript(name, Locale, answers, expectedOutcome);
    }

    public string AnswerTo(string questionId) =>
        Answers.TryGetValue(questionId, out var answer) ? answer
        : questionId == "review" || questionId.EndsWith(".confirm", StringComparison.Ordinal) ? (Language == "zh" ? "是" : "yes")
        : questionId.StartsWith("precall.", StringComparison.Ordinal) ? (Language == "zh" ? "跳过" : "skip")
        : throw new KeyNotFoundException($"The script {Name} has no answer to '{questionId}'.");
}

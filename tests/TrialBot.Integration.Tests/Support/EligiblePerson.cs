namespace TrialBot.Integration.Tests.Support;

/// <summary>
/// A person the screening finds likely eligible, answering in English, by question id (the trial definition's ids and
/// the referral's): the tests answer whatever question the bot asks, so the plan decides the order.
/// </summary>
internal static class EligiblePerson
{
    public const string Name = "Wang Xiaoming";

    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
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
        ["antibodies"] = "yes",
        ["sledai"] = "10",
        ["iga"] = "2.1 g/L",
        ["location"] = "Hangzhou",
        ["review"] = "yes",
        ["referral"] = "yes",
        ["referral.site"] = "1",
        ["referral.name"] = Name,
        ["referral.contact"] = "wang.xiaoming@example.cn",
    };

    /// <summary>The answer to a question; a confirmation of what the bot understood (<c>{question id}.confirm</c>) is answered
    /// yes, the study team's optional pre-call questions (<c>precall.*</c>) are skipped.</summary>
    public static string AnswerTo(string questionId) => Answers.TryGetValue(questionId, out var answer)
        ? answer
        : questionId.EndsWith(".confirm", StringComparison.Ordinal) ? "yes"
        : questionId.StartsWith("precall.", StringComparison.Ordinal) ? "skip"
        : throw new KeyNotFoundException($"The eligible person has no answer to the question '{questionId}'.");
}

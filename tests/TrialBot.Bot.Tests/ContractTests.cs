using Newtonsoft.Json.Linq;
using TrialBot.Bot.Tests.Support;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Bot.Tests;

public class ContractTests
{
    private static readonly string[] EligiblePath =
    [
        "consent", "age", "diagnosis", "diagnosis-duration", "disease-active", "transplant", "lupus-crisis", "cns",
        "other-autoimmune", "treatment", "steroid-dose", "steroid-duration", "steroid-stable", "high-dose-steroids", "kidney",
        "antibodies", "sledai", "iga", "location", "review",
    ];

    private static readonly string?[] Statuses = ["pass", "fail", "unknown"];

    [Fact]
    public async Task Every_batch_ends_with_a_question_carrying_its_id_or_with_the_outcome()
    {
        await using var driver = ChatDriver.Create();

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);

        Assert.Equal(EligiblePath, transcript.QuestionsAsked);
        foreach (var turn in transcript.Turns.SkipLast(1))
        {
            Assert.NotNull(QuestionEntity.FindQuestionId(turn[^1]));
            Assert.Equal(QuestionEntity.EntityType, Assert.Single(turn[^1].Entities).Type);
        }

        var last = transcript.LastReplies;
        Assert.NotNull(Replies.Outcome([last[0]]));
        Assert.Equal("referral", QuestionEntity.FindQuestionId(last[^1]));
    }

    [Fact]
    public async Task The_outcome_entity_has_exactly_the_contract_shape()
    {
        await using var driver = ChatDriver.Create(settings: new Dictionary<string, string?>
        {
            ["Sites:shanghai-renji:Phone"] = "+86 21 0000 0000",
        });

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);

        var entity = Assert.Single(transcript.LastReplies[0].Entities);
        var outcome = entity.Properties;
        Assert.Equal("trialbot/outcome", entity.Type);
        Assert.Equal(["outcome", "criteria", "site"], outcome.Properties().Select(property => property.Name));
        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        foreach (var criterion in (JArray)outcome["criteria"]!)
        {
            Assert.Equal(["id", "status", "answer", "reason"], ((JObject)criterion).Properties().Select(property => property.Name));
            Assert.Contains((string?)criterion["status"], Statuses);
            Assert.False(string.IsNullOrWhiteSpace((string?)criterion["answer"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)criterion["reason"]));
        }

        var site = (JObject)outcome["site"]!;
        Assert.Equal(["id", "name", "city", "investigators", "phone", "email"], site.Properties().Select(property => property.Name));
        Assert.Equal("shanghai-renji", (string?)site["id"]);
        Assert.Equal("Shanghai", (string?)site["city"]);
        Assert.Equal(["Liangjing Lv"], site["investigators"]!.Select(name => (string?)name));
        Assert.Equal("+86 21 0000 0000", (string?)site["phone"]);
        Assert.Equal(JTokenType.Null, site["email"]!.Type);
        Assert.Contains("Phone: +86 21 0000 0000", transcript.LastReplies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no phone number", transcript.LastReplies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configured_contacts_the_outcome_says_to_ask_the_doctor_or_hospital_and_invents_none()
    {
        await using var driver = ChatDriver.Create();

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish.With(("location", "Berlin")));

        var text = transcript.LastReplies[0].Text;
        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Contains("Study sites:", text, StringComparison.Ordinal);
        Assert.Contains("Union Hospital, Tongji Medical College", text, StringComparison.Ordinal);
        Assert.Contains("Renji Hospital", text, StringComparison.Ordinal);
        Assert.Contains("please ask your doctor or the hospital", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Phone:", text, StringComparison.Ordinal);
        Assert.Equal(JTokenType.Null, outcome["site"]!.Type);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task The_outcome_never_says_you_are_eligible_and_says_it_is_no_medical_decision(string language)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language));

        var text = transcript.LastReplies[0].Text;
        if (language == "zh")
        {
            Assert.Contains("可能符合", text, StringComparison.Ordinal);
            Assert.Contains("不作任何医疗决定", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("likely eligible", text, StringComparison.Ordinal);
            Assert.DoesNotContain("you are eligible", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("makes no medical decision", text, StringComparison.Ordinal);
        }
    }
}

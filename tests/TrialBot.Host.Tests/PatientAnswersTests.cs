using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>
/// People answering in their own words, over POST /api/messages on the real host, each get the outcome their answers
/// mean: the answers that were once misread (a definite exclusion passed, an eligible person excluded, a statement not
/// understood). Each person is otherwise eligible; every confirmation and the review are answered yes. A question asked
/// again without a new answer from the person fails the test (a clear answer is understood the first time).
/// </summary>
public sealed class PatientAnswersTests : IAsyncLifetime
{
    private RunningHost host = null!;

    /// <summary>Answers that mean a definite exclusion: never likely eligible.</summary>
    public static TheoryData<string, string, string, string, string> Excluded => new()
    {
        { "en", "treatment", "steroids and Plaquenil", "steroid-dose", "prednisone 40 mg a day" },
        { "zh", "treatment", "激素和羟氯喹", "steroid-dose", "泼尼松每天40毫克" },
        { "en", "cns", "I have had a stroke, not from lupus", "", "" },
        { "zh", "cns", "得过癫痫，不是狼疮引起的", "", "" },
        { "en", "transplant", "kidney transplant in 2015, no problems since", "", "" },
        { "en", "treatment", "stopped methotrexate; prednisone 5 mg", "steroid-dose", "5 mg a day" },
        { "en", "iga", "80 mg/L", "", "" },
        { "en", "transplant", "I had a kidney transplant in 2015", "", "" },
        { "en", "cns", "I had a stroke two years ago", "", "" },
        { "en", "transplant", "they gave me a donor kidney in 2016", "", "" },
        { "zh", "transplant", "以前换过肾", "", "" },
        { "en", "diagnosis", "only skin lupus, not systemic", "", "" },
    };

    /// <summary>Answers of an eligible person, in everyday shapes.</summary>
    public static TheoryData<string, string, string> Eligible => new()
    {
        { "en", "steroid-stable", "for the last 2 months" },
        { "en", "steroid-stable", "yes, same dose for the last 2 months" },
        { "en", "diagnosis-duration", "for the last 5 years" },
        { "zh", "steroid-stable", "是的，最近两个月剂量没变" },
        { "zh", "steroid-stable", "最近一次调整是三个月前" },
        { "en", "steroid-stable", "more than 2 weeks" },
        { "zh", "steroid-stable", "两周多" },
        { "zh", "age", "我是88年生的" },
        { "en", "age", "born in '92" },
        { "en", "antibodies", "my ANA and anti-dsDNA were positive" },
        { "en", "diagnosis-duration", "in the spring of 2019" },
        { "en", "steroid-stable", "4 wks" },
        { "en", "diagnosis-duration", "5 yrs" },
        { "en", "steroid-stable", "same dose 6 mos" },
        { "zh", "steroid-stable", "两个半月" },
        { "en", "steroid-dose", "two tablets, 5 mg each" },
        { "en", "treatment", "pred & HCQ" },
    };

    public async Task InitializeAsync()
    {
        host = await RunningHost.StartAsync();
        await host.WarmedUpAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Excluded))]
    public async Task A_definite_exclusion_in_their_own_words_is_likely_ineligible(string language, string questionId, string answer, string followUpId, string followUp)
    {
        var changes = new List<(string, string[])> { (questionId, [answer]) };
        if (followUpId.Length > 0)
        {
            changes.Add((followUpId, [followUp]));
        }

        var outcome = await ScriptedPatient.Eligible(language, [.. changes]).ScreenAsync(host.Client);

        Assert.Equal("likely-ineligible", outcome);
    }

    [Theory]
    [MemberData(nameof(Eligible))]
    public async Task An_eligible_answer_in_everyday_words_is_likely_eligible(string language, string questionId, string answer)
    {
        var outcome = await ScriptedPatient.Eligible(language, (questionId, [answer])).ScreenAsync(host.Client);

        Assert.Equal("likely-eligible", outcome);
    }

    [Theory]
    [InlineData("en", "age", "seventy-something", "73", "likely-ineligible")]
    [InlineData("en", "diagnosis-duration", "diagnosed this year", "in March", "likely-eligible")]
    [InlineData("en", "steroid-stable", "since the day I was diagnosed", "3 years", "likely-eligible")]
    [InlineData("zh", "steroid-stable", "从来没变过", "两年", "likely-eligible")]
    [InlineData("en", "location", "China", "Wuhan", "likely-eligible")]
    [InlineData("en", "location", "the south", "Wuhan", "likely-eligible")]
    public async Task A_vague_answer_gets_one_precise_follow_up(string language, string questionId, string vague, string precise, string expected)
    {
        var end = await ScriptedPatient.Eligible(language, (questionId, [vague, precise])).ScreenFullyAsync(host.Client);

        Assert.Equal(expected, end.Outcome);
        Assert.Empty(end.Unused);
    }

    [Theory]
    [InlineData("en", "Hangzou", "shanghai-renji")]
    [InlineData("en", "wuhna", "wuhan-union")]
    [InlineData("zh", "我在武汉", "wuhan-union")]
    public async Task A_city_with_a_typo_or_in_a_sentence_finds_the_nearest_site(string language, string city, string siteId)
    {
        var end = await ScriptedPatient.Eligible(language, ("location", [city])).ScreenFullyAsync(host.Client);

        Assert.Equal("likely-eligible", end.Outcome);
        Assert.Equal(siteId, end.SiteId);
    }

    [Fact]
    public async Task Not_sure_whether_a_test_was_done_leaves_it_to_the_study_team_and_excludes_nobody()
    {
        // The antibodies are tested again at screening: not knowing them is no reason to exclude (it was read as "no").
        var outcome = await ScriptedPatient.Eligible("en", ("antibodies", ["I'm not sure they ever tested that"])).ScreenAsync(host.Client);

        Assert.Equal("likely-eligible", outcome);
    }

    [Theory]
    [InlineData("zh", "有的，肾不太好", "我做过透析")]
    public async Task Kidney_answers_given_as_statements_are_understood(string language, string kidney, string dialysis)
    {
        var outcome = await ScriptedPatient.Eligible(language, ("kidney", [kidney]), ("kidney.dialysis", [dialysis])).ScreenAsync(host.Client);

        Assert.Equal("likely-ineligible", outcome);
    }

    [Fact]
    public async Task Protein_in_grams_without_the_24_hours_is_read_as_grams_a_day()
    {
        var outcome = await ScriptedPatient.Eligible("en", ("kidney", ["yes"]), ("kidney.proteinuria", ["around 2 grams"]), ("kidney.creatinine", ["80 umol/L"])).ScreenAsync(host.Client);

        Assert.Equal("likely-eligible", outcome);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using TrialBot.Host.Referrals;
using TrialBot.Host.Referrals.Fhir;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests;

public sealed class ReferralFhirTests
{
    private const string Key = "coordinator-key-7c1f9a2e";

    private const string First = "NCT05765006";
    private const string Second = "NCT06038474";

    private static readonly Dictionary<string, string?> ApiOn = new() { ["Referrals:ApiKey"] = Key };

    private static readonly Dictionary<string, string?> BothTrials = new()
    {
        ["Referrals:ApiKey"] = Key,
        ["Trial:DefinitionPaths:0"] = "trials/NCT05765006.json",
        ["Trial:DefinitionPaths:1"] = "trials/NCT06038474.json",
    };

    [Fact]
    public async System.Threading.Tasks.Task One_referral_round_trips_through_a_FHIR_Bundle_that_parses_and_validates()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var store = host.Services.GetRequiredService<IReferralStore>();
        var referral = Detailed(SampleReferrals.Create(name: "王芳", phone: "138 0000 0000"));
        await store.AddAsync(referral);
        await store.ChangeStatusAsync(ReferralScope.AllSites, referral.Id, new StatusChange(ReferralStatuses.Contacted, "a", null));

        using var response = await GetAsync(host, $"/api/referrals/{referral.Id}?format=fhir");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var bundle = Parse<Bundle>(await response.Content.ReadAsStringAsync());
        AssertValid(bundle);
        var patient = Assert.Single(bundle.Entry.Select(entry => entry.Resource).OfType<Patient>());
        var answers = Assert.Single(bundle.Entry.Select(entry => entry.Resource).OfType<QuestionnaireResponse>());
        var subject = Assert.Single(bundle.Entry.Select(entry => entry.Resource).OfType<ResearchSubject>());
        Assert.Single(bundle.Entry.Select(entry => entry.Resource).OfType<ResearchStudy>());
        Assert.Equal("王芳", patient.Name.Single().Text);
        Assert.Equal("+8613800000000", patient.Telecom.Single().Value);
        Assert.Equal(ResearchSubject.ResearchSubjectStatus.Candidate, subject.Status);
        Assert.Equal(referral.Id.ToString("D"), subject.Identifier.Single().Value);
        var age = answers.Item.Single(item => item.LinkId == "age");
        Assert.Equal("42岁", ((FhirString)age.Answer.Single().Value!).Value);
        Assert.Equal("我今年四十二岁", ((FhirString)age.Answer.Single().GetExtension(ReferralFhirExporter.SaidExtension)!.Value!).Value);
        var unknown = answers.Item.Single(item => item.LinkId == "sledai").Answer.Single().Value!;
        Assert.Null(((FhirString)unknown).Value);
        Assert.Equal("asked-unknown", ((Code)unknown.GetExtension(ReferralFhirExporter.DataAbsentReason)!.Value!).Value);
        Assert.Null(answers.GetExtension(ReferralFhirExporter.ReferralTrialExtension));
        Assert.Equal(First, bundle.Entry.Select(entry => entry.Resource).OfType<ResearchStudy>().Single().Identifier.Single().Value);
        var fullUrls = bundle.Entry.Select(entry => entry.FullUrl).ToHashSet();
        Assert.Contains(answers.Subject!.Reference, fullUrls);
        Assert.Contains(subject.Individual.Reference, fullUrls);
        Assert.Contains(subject.Study.Reference, fullUrls);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_bulk_export_has_one_Patient_per_person_and_a_response_and_subject_per_screening()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var store = host.Services.GetRequiredService<IReferralStore>();
        await store.AddAsync(Detailed(SampleReferrals.Create(phone: "138 0000 0000")));
        await store.AddAsync(Detailed(SampleReferrals.Create(phone: "+8613800000000", createdAt: SampleReferrals.March1.AddDays(1))));
        await store.AddAsync(Detailed(SampleReferrals.Create(phone: null, email: "Li.Na@Example.org")));

        using var response = await GetAsync(host, "/api/referrals?format=fhir");

        var bundle = Parse<Bundle>(await response.Content.ReadAsStringAsync());
        AssertValid(bundle);
        Assert.Equal(2, bundle.Entry.Count(entry => entry.Resource is Patient));
        Assert.Equal(3, bundle.Entry.Count(entry => entry.Resource is QuestionnaireResponse));
        Assert.Equal(3, bundle.Entry.Count(entry => entry.Resource is ResearchSubject));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_trials_questions_are_a_valid_Questionnaire_in_both_languages()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);

        using var response = await GetAsync(host, "/api/trial/questionnaire?format=fhir");
        using var wrong = await GetAsync(host, "/api/trial/questionnaire?format=xml");

        var questionnaire = Parse<Questionnaire>(await response.Content.ReadAsStringAsync());
        AssertValid(questionnaire);
        Assert.Contains(questionnaire.Item, item => item.LinkId == "age");
        Assert.Contains("translation", questionnaire.Item.First().TextElement!.Extension.Single().Url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(First, questionnaire.Id);
        Assert.Equal("https://trialbot.example.org/fhir/Questionnaire/" + First, questionnaire.Url);
        Assert.Empty(questionnaire.UseContext);
    }

    [Fact]
    public async System.Threading.Tasks.Task With_two_trials_one_Questionnaire_names_both_trials_and_asks_each_question_once()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), BothTrials);

        using var response = await GetAsync(host, "/api/trial/questionnaire?format=fhir");

        var questionnaire = Parse<Questionnaire>(await response.Content.ReadAsStringAsync());
        AssertValid(questionnaire);
        Assert.Equal($"{First}-{Second}", questionnaire.Id);
        Assert.Equal($"https://trialbot.example.org/fhir/Questionnaire/{First}-{Second}", questionnaire.Url);
        Assert.Equal([First, Second], questionnaire.UseContext.Select(context => ((ResourceReference)context.Value!).Identifier!.Value));
        Assert.All(questionnaire.UseContext, context =>
        {
            Assert.Equal("program", context.Code.Code);
            Assert.Equal("ResearchStudy", ((ResourceReference)context.Value!).Type);
            Assert.Equal(ReferralFhirExporter.ClinicalTrialsSystem, ((ResourceReference)context.Value!).Identifier!.System);
        });
        Assert.Single(questionnaire.Item, item => item.LinkId == "age");
        Assert.Contains(questionnaire.Item, item => item.LinkId == "treatment");
        Assert.Contains(questionnaire.Item, item => item.LinkId == Second + "/treatment");
        var trials = host.Services.GetRequiredService<TrialBot.Screening.Definition.TrialSet>().Trials;
        Assert.Equal(string.Join(" / ", trials.Select(trial => trial.Title.En)), questionnaire.Title);
        Assert.Equal(questionnaire.Item.Count, questionnaire.Item.Select(item => item.LinkId).Distinct().Count());
    }

    [Fact]
    public async System.Threading.Tasks.Task With_two_trials_a_referral_for_both_is_a_research_subject_of_each_study_and_its_response_names_both()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), BothTrials);
        var store = host.Services.GetRequiredService<IReferralStore>();
        var both = Detailed(SampleReferrals.Create(name: "Wang Fang", siteId: "wuhan-union")) with { TrialId = First + "," + Second };
        var second = Detailed(SampleReferrals.Create(name: "Ann Lee", siteId: "oceanside", phone: null, email: "ann.lee@example.org")) with { TrialId = Second };
        await store.AddAsync(both);
        await store.AddAsync(second);

        using var response = await GetAsync(host, "/api/referrals?format=fhir");

        var bundle = Parse<Bundle>(await response.Content.ReadAsStringAsync());
        AssertValid(bundle);
        var studies = bundle.Entry.Where(entry => entry.Resource is ResearchStudy).ToDictionary(entry => ((ResearchStudy)entry.Resource!).Identifier.Single().Value!, entry => entry.FullUrl!);
        Assert.Equal([First, Second], studies.Keys);
        var responses = bundle.Entry.Select(entry => entry.Resource).OfType<QuestionnaireResponse>().ToDictionary(answers => answers.Identifier!.Value!);
        Assert.All(responses.Values, answers => Assert.Equal($"https://trialbot.example.org/fhir/Questionnaire/{First}-{Second}", answers.Questionnaire));
        Assert.Equal([studies[First], studies[Second]], TrialsNamed(responses[both.Id.ToString("D")]).Select(trial => trial.Reference));
        Assert.Equal([First, Second], TrialsNamed(responses[both.Id.ToString("D")]).Select(trial => trial.Identifier!.Value));
        Assert.Equal([studies[Second]], TrialsNamed(responses[second.Id.ToString("D")]).Select(trial => trial.Reference));
        var subjects = bundle.Entry.Select(entry => entry.Resource).OfType<ResearchSubject>().ToLookup(subject => subject.Identifier.Single().Value, subject => subject.Study.Reference);
        Assert.Equal([studies[First], studies[Second]], subjects[both.Id.ToString("D")]);
        Assert.Equal([studies[Second]], subjects[second.Id.ToString("D")]);
    }

    private static IEnumerable<ResourceReference> TrialsNamed(QuestionnaireResponse answers) =>
        answers.Extension.Where(extension => extension.Url == ReferralFhirExporter.ReferralTrialExtension).Select(extension => (ResourceReference)extension.Value!);

    [Fact]
    public void Every_workflow_status_has_a_research_subject_status()
    {
        Assert.All(ReferralStatuses.All, status => Assert.True(ReferralFhirExporter.ResearchSubjectStatuses.ContainsKey(status)));
    }

    private static Referral Detailed(Referral referral) => referral with
    {
        Details = new ReferralDetails(
            [
                new ReferralAnswer("age", new ReferralText("Age", "年龄"), "我今年四十二岁", new ReferralText("42 years old", "42岁"), false),
                new ReferralAnswer("sledai", new ReferralText("SLEDAI", "SLEDAI"), "不知道", new ReferralText("don't know", "不知道"), true),
            ],
            [new ReferralCriterion("I1", new ReferralText("Age", "年龄"), "pass", new ReferralText("42", "42"), new ReferralText("within 18–65", "在18–65岁之间"))],
            [new ReferralCheck("sledai", new ReferralText("SLEDAI", "SLEDAI"))]),
    };

    private static T Parse<T>(string json)
        where T : Resource => new FhirJsonDeserializer().Deserialize<T>(json);

    private static void AssertValid(Base resource)
    {
        var problems = resource.Validate(ModelInfo.ModelInspector, validateRecursively: true);
        Assert.Empty(problems);
    }

    private static Task<HttpResponseMessage> GetAsync(RunningHost host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ReferralApiKeyFilter.ApiKeyHeader, Key);
        return host.Client.SendAsync(request);
    }
}

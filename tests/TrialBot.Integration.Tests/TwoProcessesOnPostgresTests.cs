using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using TrialBot.Host.BotFramework;
using TrialBot.Integration.Tests.Support;
using Xunit.Abstractions;

namespace TrialBot.Integration.Tests;

[Collection(PostgresHostsDefinition.Name)]
public sealed class TwoProcessesOnPostgresTests(PostgresHosts hosts, ITestOutputHelper output)
{
    /// <summary>Consecutive yes/no questions the eligible person answers "no" to, in the plan's order.</summary>
    private static readonly string[] NoQuestions = ["transplant", "lupus-crisis", "cns", "other-autoimmune"];

    [Fact]
    public async Task A_conversation_whose_turns_alternate_between_two_processes_completes_and_its_referral_is_listed()
    {
        var conversation = new ChannelConversation();
        var joined = await conversation.SendAsync(hosts.A, conversation.Join());

        var batches = await ScreeningDriver.RunAsync(conversation, joined, turn => turn % 2 == 0 ? hosts.B : hosts.A);

        Assert.All(batches.Take(batches.Count - 1), batch => Assert.NotNull(batch.LastQuestionId));
        Assert.Equal(["A", "B", "A", "B"], batches.Take(4).Select(batch => batch.Host));
        var outcome = Assert.Single(batches, batch => batch.Outcome is not null).Outcome!;
        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        Assert.DoesNotContain(batches, batch => batch.Texts.Contains(TurnConflictNotice.English) || batch.Texts.Contains(TurnErrorApology.English));
        var referral = Assert.Single(await ReferralsAsync(hosts.A), referral => (string?)referral["contactName"] == EligiblePerson.Name);
        Assert.Equal("likely-eligible", (string?)referral["outcomeId"]);
        foreach (var host in new[] { hosts.A, hosts.B })
        {
            Assert.DoesNotContain("prednisone", host.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(EligiblePerson.Name, host.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(conversation.Id, host.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_answers_sent_at_once_to_two_processes_are_each_kept_or_refused_with_a_notice_never_lost()
    {
        var outcomes = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var conversation = new ChannelConversation();
            var joined = await conversation.SendAsync(hosts.A, conversation.Join());
            var atTransplant = (await ScreeningDriver.RunAsync(conversation, joined, _ => hosts.A, stopAt: NoQuestions[0]))[^1];
            Assert.Equal(NoQuestions[0], atTransplant.LastQuestionId);

            var both = await Task.WhenAll(conversation.SayAsync(hosts.A, "no"), conversation.SayAsync(hosts.B, "no"));

            var refused = both.Where(batch => batch.Texts.SequenceEqual([TurnConflictNotice.English])).ToList();
            var kept = both.Except(refused).ToList();
            Assert.NotEmpty(kept);

            // Each kept answer moved the conversation one question on, so the kept batches asked the next questions...
            Assert.Equal(NoQuestions[1..(1 + kept.Count)].Order(), kept.Select(batch => batch.LastQuestionId).Order());

            // ...and what is stored agrees: the next answer is taken as the answer to the question after those.
            var next = await conversation.SayAsync(hosts.B, "no");
            Assert.Equal(NoQuestions[1 + kept.Count], next.LastQuestionId);
            outcomes.Add(refused.Count == 1 ? "one kept, one told to send again" : "both kept, one after the other");
        }

        output.WriteLine(string.Join(Environment.NewLine, outcomes));
    }

    [Fact]
    public async Task An_activity_delivered_again_to_the_other_process_gets_no_replies_and_does_not_advance_the_conversation()
    {
        var conversation = new ChannelConversation();
        var joined = await conversation.SendAsync(hosts.A, conversation.Join());
        var atAge = (await ScreeningDriver.RunAsync(conversation, joined, _ => hosts.A, stopAt: "age"))[^1];
        var age = conversation.Message(EligiblePerson.AnswerTo("age"));

        var first = await conversation.SendAsync(hosts.A, age);
        var again = await conversation.SendAsync(hosts.B, age);
        var next = await ScreeningDriver.AnswerAsync(conversation, hosts.A, first);

        Assert.Equal("age", atAge.LastQuestionId);
        Assert.Equal("diagnosis", first.LastQuestionId);
        Assert.Empty(again.Activities);
        Assert.Equal("diagnosis-duration", next.LastQuestionId);
    }

    [Fact]
    public async Task After_a_process_is_killed_between_turns_a_new_process_continues_at_the_same_question()
    {
        var conversation = new ChannelConversation();
        var joined = await conversation.SendAsync(hosts.B, conversation.Join());
        var asked = (await ScreeningDriver.RunAsync(conversation, joined, _ => hosts.B, stopAt: "diagnosis-duration"))[^1];

        await hosts.KillAndReplaceBAsync();
        var answered = await ScreeningDriver.AnswerAsync(conversation, hosts.B, asked);

        Assert.Equal("diagnosis-duration", asked.LastQuestionId);
        Assert.Equal("B2", answered.Host);
        Assert.Equal("disease-active", answered.LastQuestionId);
    }

    private static async Task<IReadOnlyList<JsonObject>> ReferralsAsync(HostProcess host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PostgresHosts.ApiKey);
        using var response = await host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(referral => referral!.AsObject())];
    }
}

using System.Diagnostics;
using TrialBot.Hardening.Tests.Support;
using TrialBot.Screening.Scoring;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Hardening.Tests.Load;

/// <summary>
/// Runs many conversations at once over HTTP against the real host, each to its end from a script (a mix of eligible,
/// ineligible and needs-review in both languages), then checks what was stored for each one against its script: the
/// answered questions in order and without duplicates, the outcome the stored answers score to, the finished dialog,
/// and exactly one referral for those who gave one. Returns every problem found, and the run's figures.
/// </summary>
internal static class LoadRun
{
    public sealed record Result(int Conversations, int Turns, TimeSpan Duration, IReadOnlyList<string> Problems);

    public static async Task<Result> RunAsync(HardeningHost host, int conversations, CancellationToken cancellationToken = default)
    {
        var scripts = Enumerable.Range(0, conversations).Select(i => (Id: $"load-{i:D4}", Script: ScreeningScript.All[i % ScreeningScript.All.Count])).ToList();
        var watch = Stopwatch.StartNew();
        var runs = await Task.WhenAll(scripts.Select(async run =>
        {
            try
            {
                return (run.Id, run.Script, Transcript: await ScreeningDriver.RunAsync(host.Channel, run.Id, run.Script, cancellationToken: cancellationToken), Failure: (string?)null);
            }
#pragma warning disable CA1031 // A failed conversation is a finding of the run, reported with the others.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                return (run.Id, run.Script, Transcript: (ScreeningDriver.Transcript?)null, Failure: failure.Message);
            }
        }));
        watch.Stop();

        var problems = runs.Where(run => run.Failure is not null).Select(run => $"{run.Id}: {run.Failure}").ToList();
        var referrals = (await host.Services.GetRequiredService<IReferralStore>().ListAsync(ReferralScope.AllSites, ReferralFilter.All, cancellationToken))
            .ToLookup(referral => referral.ConversationKeyHash);
        var scorer = new ScreeningScorer(Trial.Definition);
        foreach (var (id, script, transcript, _) in runs.Where(run => run.Transcript is not null))
        {
            var stored = await StoredConversation.ReadAsync(host.Storage, id, cancellationToken: cancellationToken);
            problems.AddRange(Check(id, script, transcript!, stored, referrals[new ConversationKey(ChannelClient.ChannelId, id).Hash].ToList(), scorer));
        }

        problems.AddRange(host.Logs.Errors);
        return new Result(conversations, runs.Sum(run => (run.Transcript?.QuestionsAnswered.Count ?? 0) + 1), watch.Elapsed, problems);
    }

    private static IEnumerable<string> Check(string id, ScreeningScript script, ScreeningDriver.Transcript transcript, StoredConversation? stored, List<Referral> referrals, ScreeningScorer scorer)
    {
        if (transcript.Outcome != script.ExpectedOutcome)
        {
            yield return $"{id} ({script.Name}): the bot said {transcript.Outcome}, the script should give {script.ExpectedOutcome}";
        }

        if (transcript.QuestionsAnswered.Distinct().Count() != transcript.QuestionsAnswered.Count)
        {
            yield return $"{id}: a question was asked twice: [{string.Join(", ", transcript.QuestionsAnswered)}]";
        }

        if (stored is null)
        {
            yield return $"{id}: nothing stored";
            yield break;
        }

        var screeningQuestions = transcript.QuestionsAnswered.Where(question => Trial.Definition.FindQuestion(question) is not null).ToList();
        if (!stored.Answered.SequenceEqual(screeningQuestions))
        {
            yield return $"{id}: stored answered [{string.Join(", ", stored.Answered)}], answered [{string.Join(", ", screeningQuestions)}]";
        }

        if (stored.Answers.Values.Count != screeningQuestions.Count)
        {
            yield return $"{id}: {stored.Answers.Values.Count} answers stored for {screeningQuestions.Count} questions answered";
        }

        var scored = scorer.Score(stored.Answers).OutcomeId;
        if (scored != script.ExpectedOutcome)
        {
            yield return $"{id} ({script.Name}): the stored answers score {scored}, the script should give {script.ExpectedOutcome}";
        }

        if (stored.ActiveDialogId != "finished")
        {
            yield return $"{id}: the stored conversation is at {stored.ActiveDialogId}, not finished";
        }

        var expectedReferrals = script.ExpectedOutcome == ScreeningScript.LikelyIneligible ? 0 : 1;
        if (referrals.Count != expectedReferrals || referrals.Any(referral => referral.OutcomeId != script.ExpectedOutcome))
        {
            yield return $"{id}: {referrals.Count} referrals stored ({string.Join(", ", referrals.Select(referral => referral.OutcomeId))}), expected {expectedReferrals} with {script.ExpectedOutcome}";
        }
    }
}

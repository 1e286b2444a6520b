using System.Diagnostics;
using System.Net;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Fuzz;

/// <summary>
/// Fuzzes every question of the conversation in one language over HTTP against the real host: reaches each question id
/// with a scripted prefix and keeps the stored state there; then, for every fuzz input, puts that state back, sends the
/// input and checks the reply. A reply must be the next question, the outcome or the end of the referral (the input was
/// read as an answer), or the same question asked again; anything else (an apology, silence, a non-200) is a failure.
/// Each turn is timed with a Stopwatch for the figures; nothing here asserts a time.
/// </summary>
internal sealed class FuzzCampaign(HardeningHost host, int randomPerQuestion, int seed)
{
    private const string FinishedDialogId = "finished";

    public List<string> Failures { get; } = [];

    public List<QuestionFigures> Figures { get; } = [];

    /// <summary>The scripts whose prefixes together reach every question: the main path, the kidney branch, and a place with no nearest site.</summary>
    public static IReadOnlyList<ScreeningScript> ReachingScripts(string language)
    {
        var eligible = language == "zh" ? ScreeningScript.EligibleChinese : ScreeningScript.EligibleEnglish;
        return
        [
            eligible,
            eligible.With($"kidney-{language}", ScreeningScript.LikelyEligible, ("kidney", language == "zh" ? "是" : "yes")),
            eligible.With($"no-city-{language}", ScreeningScript.LikelyEligible, ("location", language == "zh" ? "火星基地" : "a base on Mars")),
        ];
    }

    public async Task RunAsync(string language, CancellationToken cancellationToken = default)
    {
        var reached = await ReachEveryQuestionAsync(language, cancellationToken);
        var missing = Trial.AllQuestionIds.Except(reached.Keys).ToList();
        if (missing.Count > 0)
        {
            Failures.Add($"{language}: the scripts never reached [{string.Join(", ", missing)}]");
        }

        foreach (var (questionId, (script, state)) in reached)
        {
            var index = Trial.AllQuestionIds.ToList().IndexOf(questionId);
            var others = script.Answers.Where(answer => answer.Key != questionId).Select(answer => answer.Value).ToList();
            var inputs = FuzzInputs.For(script.AnswerTo(questionId), others, randomPerQuestion, seed + (index * 31) + (language == "zh" ? 1 : 0));
            Figures.Add(await FuzzQuestionAsync(script, questionId, state, inputs, cancellationToken));
        }
    }

    private async Task<Dictionary<string, (ScreeningScript Script, StoredConversation State)>> ReachEveryQuestionAsync(string language, CancellationToken cancellationToken)
    {
        var reached = new Dictionary<string, (ScreeningScript, StoredConversation)>(StringComparer.Ordinal);
        foreach (var script in ReachingScripts(language))
        {
            var conversationId = $"fuzz-prefix-{script.Name}";
            await ScreeningDriver.RunAsync(host.Channel, conversationId, script, async questionId =>
            {
                if (!reached.ContainsKey(questionId))
                {
                    reached[questionId] = (script, (await StoredConversation.ReadAsync(host.Storage, conversationId, cancellationToken: cancellationToken))!);
                }

                return true;
            }, cancellationToken);
        }

        return reached;
    }

    private async Task<QuestionFigures> FuzzQuestionAsync(ScreeningScript script, string questionId, StoredConversation state, IReadOnlyList<FuzzInput> inputs, CancellationToken cancellationToken)
    {
        var figures = new QuestionFigures(questionId, script.Language);
        var conversationId = $"fuzz-{script.Language}-{questionId}";
        foreach (var input in inputs)
        {
            await state.RestoreAsync(host.Storage, conversationId, cancellationToken);
            var watch = Stopwatch.StartNew();
            var reply = await host.Channel.SayAsync(conversationId, input.Text, script.Locale, cancellationToken);
            watch.Stop();

            var reasked = reply.QuestionId == questionId;
            var advanced = !reasked && reply.Activities.Count > 0
                && (reply.QuestionId is not null || reply.Outcome is not null || await HasFinishedAsync(conversationId, cancellationToken));
            if (reply.Status != HttpStatusCode.OK || !(reasked || advanced))
            {
                Failures.Add($"{script.Language} {questionId} ← {input}: status {(int)reply.Status}, question {reply.QuestionId ?? "(none)"}; the bot said: {reply.Text}{reply.ProblemDetail}");
                continue;
            }

            figures.Record(input, reasked, watch.Elapsed);
        }

        return figures;
    }

    private async Task<bool> HasFinishedAsync(string conversationId, CancellationToken cancellationToken) =>
        (await StoredConversation.ReadAsync(host.Storage, conversationId, cancellationToken: cancellationToken))?.ActiveDialogId == FinishedDialogId;
}

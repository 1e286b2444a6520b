using TrialBot.Hardening.Tests.Support;
using Xunit.Abstractions;

namespace TrialBot.Hardening.Tests.Fuzz;

public sealed class PromptFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task Every_question_answers_every_fuzzed_utterance_with_the_next_question_the_outcome_or_the_same_question(string language)
    {
        await using var host = await HardeningHost.StartAsync(logLevel: LogLevel.Warning);
        var campaign = new FuzzCampaign(host, HardeningSettings.FuzzRandomPerQuestion, HardeningSettings.FuzzSeed);

        await campaign.RunAsync(language);

        Figures.Publish(output, $"Fuzz ({language}, seed {HardeningSettings.FuzzSeed}, {HardeningSettings.FuzzRandomPerQuestion} random per question)",
            ["| language | question | inputs | read as an answer | asked again | slowest turn (ms) | slowest input |", "|---|---|---|---|---|---|---|",
             .. campaign.Figures.Select(figures => figures.ToString())]);
        Assert.True(campaign.Failures.Count == 0, $"{campaign.Failures.Count} failures, the first ones:\n{string.Join("\n", campaign.Failures.Take(15))}");
        Assert.Empty(host.Logs.Errors);
        Assert.Equal(Trial.AllQuestionIds.Count, campaign.Figures.Count);
    }
}

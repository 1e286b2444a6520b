using System.Globalization;
using TrialBot.Bench.Probes;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Scenarios;

/// <summary>Scenario 5a: resident memory after many stored conversations and after many distinct utterances, each in a fresh process.</summary>
internal static class MemoryScenario
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMinutes(10);

    public static async Task<IReadOnlyList<MemoryResult>> RunAsync(BenchProfile profile, string conversationStorage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var conversations = await ChildProbe.RunAsync<MemoryResult>(
            [ConversationMemoryProbe.Name, conversationStorage, Number(profile.MemoryConversations), Number(profile.MemoryConversationSamples)],
            ProbeTimeout,
            cancellationToken).ConfigureAwait(false);
        var utterances = await ChildProbe.RunAsync<MemoryResult>(
            [UtteranceMemoryProbe.Name, Number(profile.MemoryUtterances), Number(profile.MemoryUtteranceSamples)],
            ProbeTimeout,
            cancellationToken).ConfigureAwait(false);
        return [conversations, utterances];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

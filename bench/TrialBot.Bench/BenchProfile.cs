namespace TrialBot.Bench;

/// <summary>How much each scenario runs: the full measurement for BENCHMARKS.md, or the smoke run that only proves every scenario still works.</summary>
internal sealed record BenchProfile
{
    public required string Name { get; init; }

    public required int InProcessWarmupConversations { get; init; }

    public required int InProcessConversations { get; init; }

    public required IReadOnlyList<int> HttpConcurrency { get; init; }

    public required TimeSpan HttpWarmup { get; init; }

    public required TimeSpan HttpDuration { get; init; }

    public required int HttpMaxConversations { get; init; }

    public required int ColdStartRuns { get; init; }

    public required bool ColdRecognitionEveryCase { get; init; }

    public required bool RecognitionWithBenchmarkDotNet { get; init; }

    public required int StoredStateConversations { get; init; }

    public required int MemoryConversations { get; init; }

    public required int MemoryConversationSamples { get; init; }

    public required int MemoryUtterances { get; init; }

    public required int MemoryUtteranceSamples { get; init; }

    /// <summary>How many answers of the corpus the understanding scenario reads (null: all of them).</summary>
    public int? UnderstandingAnswers { get; init; }

    public static BenchProfile Full { get; } = new()
    {
        Name = "full",
        InProcessWarmupConversations = 10,
        InProcessConversations = 100,
        HttpConcurrency = [1, 16, 256],
        HttpWarmup = TimeSpan.FromSeconds(1),
        HttpDuration = TimeSpan.FromSeconds(6),
        HttpMaxConversations = 100_000,
        ColdStartRuns = 3,
        ColdRecognitionEveryCase = true,
        RecognitionWithBenchmarkDotNet = true,
        StoredStateConversations = 20,
        MemoryConversations = 10_000,
        MemoryConversationSamples = 5,
        MemoryUtterances = 50_000,
        MemoryUtteranceSamples = 5,
    };

    public static BenchProfile Smoke { get; } = new()
    {
        Name = "smoke",
        InProcessWarmupConversations = 0,
        InProcessConversations = 1,
        HttpConcurrency = [1, 4],
        HttpWarmup = TimeSpan.Zero,

        // Bounded by the count: every started conversation runs to its end (the time is only a safety net).
        HttpDuration = TimeSpan.FromSeconds(60),
        HttpMaxConversations = 4,
        ColdStartRuns = 1,
        ColdRecognitionEveryCase = false,
        RecognitionWithBenchmarkDotNet = false,
        StoredStateConversations = 2,
        MemoryConversations = 4,
        MemoryConversationSamples = 2,
        MemoryUtterances = 48,
        MemoryUtteranceSamples = 2,
        UnderstandingAnswers = 50,
    };
}

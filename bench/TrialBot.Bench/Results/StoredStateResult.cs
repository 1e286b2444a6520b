namespace TrialBot.Bench.Results;

/// <summary>The stored JSON of finished screenings, in UTF-8 bytes per conversation (conversation state plus user state).</summary>
internal sealed record StoredStateResult(int Conversations, double MeanBytes, int MaxBytes, double MeanConversationStateBytes, double MeanUserStateBytes, IReadOnlyList<string> Errors);

namespace TrialBot.Storage.DirectLine;

/// <summary>Some kept activities of a conversation, and its latest sequence number.</summary>
/// <param name="Activities">The activities' JSON, oldest first.</param>
/// <param name="LastSequence">The sequence number of the conversation's latest activity.</param>
public sealed record DirectLineActivitySlice(IReadOnlyList<string> Activities, long LastSequence);

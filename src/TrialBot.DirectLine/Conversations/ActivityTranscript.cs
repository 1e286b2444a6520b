using System.Globalization;

namespace TrialBot.DirectLine.Conversations;

/// <summary>How the activities of a conversation are numbered and named.</summary>
internal static class ActivityTranscript
{
    /// <summary>The Direct Line id of the activity numbered <paramref name="sequence"/> in conversation <paramref name="conversationId"/>.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");
}

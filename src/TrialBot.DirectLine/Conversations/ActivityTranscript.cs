using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// The activities of one conversation that clients can still read: numbered in order, kept as JSON (so later changes to
/// an activity object cannot alter what was queued), and bounded to the latest <c>capacity</c> entries.
/// </summary>
internal sealed class ActivityTranscript(string conversationId, int capacity)
{
    private readonly Lock gate = new();
    private readonly Queue<(long Sequence, string Json)> entries = new();
    private long lastSequence;

    /// <summary>The Direct Line id of the activity numbered <paramref name="sequence"/> in conversation <paramref name="conversationId"/>.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    /// <summary>Numbers <paramref name="activity"/>, sets its <see cref="Activity.Id"/>, queues a copy and returns the id.</summary>
    public string Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (gate)
        {
            var sequence = ++lastSequence;
            activity.Id = ActivityId(conversationId, sequence);
            entries.Enqueue((sequence, BotJson.Serialize(activity)));
            while (entries.Count > capacity)
            {
                entries.Dequeue();
            }

            return activity.Id;
        }
    }

    /// <summary>The activities numbered after <paramref name="watermark"/> (all kept ones when null).</summary>
    public ActivityPage ReadAfter(long? watermark)
    {
        lock (gate)
        {
            var after = watermark ?? 0;
            var activities = entries
                .Where(entry => entry.Sequence > after)
                .Select(entry => new JRaw(entry.Json))
                .ToList();
            return new ActivityPage(activities, lastSequence.ToString(CultureInfo.InvariantCulture));
        }
    }
}

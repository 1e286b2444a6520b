using Microsoft.Bot.Schema;

namespace TrialBot.Bot.Conversation;

/// <summary>
/// The person's today, against which answers such as "since March 2021" are measured: the date of the activity's local
/// timestamp (the person's clock), else of its timestamp, as long as it lies within a day of the server's clock; else the
/// server's date (an injected <see cref="TimeProvider"/>).
/// </summary>
internal static class TurnDate
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromDays(1);

    /// <summary>Returns the person's today for an activity.</summary>
    /// <param name="activity">The incoming activity.</param>
    /// <param name="timeProvider">The server's clock.</param>
    /// <returns>The date.</returns>
    public static DateOnly Today(IActivity activity, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var now = timeProvider.GetUtcNow();
        var stamp = activity.LocalTimestamp ?? activity.Timestamp;
        return stamp is { } sent && (sent - now).Duration() <= Tolerance
            ? DateOnly.FromDateTime(sent.DateTime)
            : DateOnly.FromDateTime(now.UtcDateTime);
    }
}

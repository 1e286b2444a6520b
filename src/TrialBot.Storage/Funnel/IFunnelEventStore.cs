namespace TrialBot.Storage.Funnel;

/// <summary>The screening funnel's events (table <c>funnel_event</c>, append-only), which the dashboard counts.</summary>
public interface IFunnelEventStore
{
    /// <summary>Appends the events of one turn in one write.</summary>
    /// <param name="events">The events, in order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    Task AppendAsync(IReadOnlyList<FunnelEvent> events, CancellationToken cancellationToken = default);

    /// <summary>The events at or after <paramref name="from"/> and before <paramref name="before"/>, oldest first.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="before">The end (exclusive).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events.</returns>
    Task<IReadOnlyList<FunnelEvent>> ListAsync(DateTimeOffset from, DateTimeOffset before, CancellationToken cancellationToken = default);
}

using TrialBot.Storage.Funnel;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="IFunnelEventStore"/> in process memory.</summary>
internal sealed class MemoryFunnelEventStore(MemoryDatabase database) : IFunnelEventStore
{
    public Task AppendAsync(IReadOnlyList<FunnelEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        lock (database.Gate)
        {
            database.FunnelEvents.AddRange(events);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FunnelEvent>> ListAsync(DateTimeOffset from, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (database.Gate)
        {
            IReadOnlyList<FunnelEvent> events = [.. database.FunnelEvents.Where(entry => entry.At >= from && entry.At < before).OrderBy(entry => entry.At)];
            return Task.FromResult(events);
        }
    }
}

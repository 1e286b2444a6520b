using System.Threading.RateLimiting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TrialBot.Host.Configuration;

namespace TrialBot.Host.Messages;

/// <summary>
/// The limit on <c>/api/messages</c>: a fixed window per conversation and per sender (each within its channel), so that
/// a flooding conversation is refused without slowing the others, whatever address the channel calls from.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IActivity> limiter;

    /// <summary>Initializes a new instance of the <see cref="ConversationRateLimiter"/> class.</summary>
    /// <param name="options">The limits.</param>
    public ConversationRateLimiter(IOptions<MessagesRateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        Limits = limits;
        FixedWindowRateLimiterOptions Window(string _) => new()
        {
            PermitLimit = limits.PermitLimit,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        };
        limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<IActivity, string>(activity => RateLimitPartition.GetFixedWindowLimiter($"conversation\n{activity.ChannelId}\n{activity.Conversation?.Id}", Window)),
            PartitionedRateLimiter.Create<IActivity, string>(activity => RateLimitPartition.GetFixedWindowLimiter($"sender\n{activity.ChannelId}\n{activity.From?.Id}", Window)));
    }

    /// <summary>Gets the limits.</summary>
    public MessagesRateLimitOptions Limits { get; }

    /// <summary>Takes one permit for <paramref name="activity"/>'s conversation and sender.</summary>
    /// <param name="activity">The authenticated activity.</param>
    /// <returns>The lease: acquired, or refused with when to retry.</returns>
    public RateLimitLease Acquire(IActivity activity) => limiter.AttemptAcquire(activity);

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}

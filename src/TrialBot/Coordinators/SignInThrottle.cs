using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TrialBot.Host.Coordinators;

/// <summary>
/// Limits sign-in attempts, in fixed windows, per network address and per account (e-mail address, normalised), so
/// that neither one address trying many accounts nor many addresses trying one account get far. Every attempt counts,
/// successful or not; a refused attempt says when to try again.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> byAddress;
    private readonly PartitionedRateLimiter<string> byAccount;
    private readonly TimeSpan window;

    /// <summary>Initializes a new instance of the <see cref="SignInThrottle"/> class.</summary>
    public SignInThrottle(IOptions<CoordinatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        window = settings.SignInWindow;
        byAddress = Limiter(settings.SignInAttemptsPerAddress, window);
        byAccount = Limiter(settings.SignInAttemptsPerAccount, window);
    }

    /// <summary>Takes one attempt from the address's and the account's allowance.</summary>
    /// <param name="address">The caller's network address.</param>
    /// <param name="account">The e-mail address tried, normalised.</param>
    /// <returns>Null when the attempt may go ahead, else how long to wait.</returns>
    public TimeSpan? TryAttempt(string address, string account)
    {
        using var addressLease = byAddress.AttemptAcquire(address);
        if (!addressLease.IsAcquired)
        {
            return RetryAfter(addressLease);
        }

        using var accountLease = byAccount.AttemptAcquire(account);
        return accountLease.IsAcquired ? null : RetryAfter(accountLease);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        byAddress.Dispose();
        byAccount.Dispose();
    }

    private TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

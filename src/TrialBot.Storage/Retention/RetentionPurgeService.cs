using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrialBot.Storage.Configuration;

namespace TrialBot.Storage.Retention;

/// <summary>
/// Purges idle data at start-up and then every <see cref="StorageOptions.PurgeInterval"/>, keeping
/// <see cref="StorageOptions.RetentionDays"/> days. A failed purge is logged and tried again at the next interval.
/// </summary>
public sealed partial class RetentionPurgeService : BackgroundService
{
    private readonly IRetentionPurger purger;
    private readonly StorageOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<RetentionPurgeService> logger;

    /// <summary>Initializes a new instance of the <see cref="RetentionPurgeService"/> class.</summary>
    /// <param name="purger">What purges.</param>
    /// <param name="options">The storage options.</param>
    /// <param name="timeProvider">The clock that paces the purges.</param>
    /// <param name="logger">The logger.</param>
    public RetentionPurgeService(IRetentionPurger purger, IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<RetentionPurgeService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.purger = purger ?? throw new ArgumentNullException(nameof(purger));
        this.options = options.Value;
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PurgeInterval, timeProvider);
        try
        {
            do
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await purger.PurgeIdleAsync(options.Retention, cancellationToken).ConfigureAwait(false);
            LogPurged(result.StateItems, result.ProcessedActivities, options.RetentionDays);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPurgeFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {StateItems} state items and {ProcessedActivities} processed-activity records idle for more than {RetentionDays} days.")]
    private partial void LogPurged(int stateItems, int processedActivities, int retentionDays);

    [LoggerMessage(Level = LogLevel.Error, Message = "The purge of idle data failed; it runs again at the next interval.")]
    private partial void LogPurgeFailed(Exception exception);
}

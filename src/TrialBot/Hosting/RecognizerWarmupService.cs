using TrialBot.Recognition;

namespace TrialBot.Host.Hosting;

/// <summary>
/// Loads the recognizer models (<see cref="RecognizerWarmup.WarmUpAsync"/>) once when the host starts, in the
/// background: the host starts listening at once, and readiness (<c>/readyz</c>) reports unhealthy until the models are
/// loaded, so no person waits for them.
/// </summary>
public sealed partial class RecognizerWarmupService : BackgroundService
{
    private readonly Func<CancellationToken, Task> warmUp;
    private readonly ILogger<RecognizerWarmupService> logger;
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile RecognizerWarmupState state;

    /// <summary>Creates the service that warms up the real recognizer models.</summary>
    public RecognizerWarmupService(ILogger<RecognizerWarmupService> logger)
        : this(RecognizerWarmup.WarmUpAsync, logger)
    {
    }

    /// <summary>Creates the service with another warm-up (tests).</summary>
    internal RecognizerWarmupService(Func<CancellationToken, Task> warmUp, ILogger<RecognizerWarmupService> logger)
    {
        this.warmUp = warmUp ?? throw new ArgumentNullException(nameof(warmUp));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Where the warm-up is.</summary>
    public RecognizerWarmupState State => state;

    /// <summary>Completes (never faults) when the warm-up has finished or failed.</summary>
    public Task Ended => ended.Task;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await warmUp(stoppingToken).ConfigureAwait(false);
            state = RecognizerWarmupState.Finished;
            LogFinished(logger);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping before the models were loaded; readiness stays unhealthy.
            return;
        }
#pragma warning disable CA1031 // Any failure is reported through readiness and the log; it must not stop the host.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            state = RecognizerWarmupState.Failed;
            LogFailed(logger, failure);
        }

        ended.TrySetResult();
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Recognizer models loaded; readiness no longer waits for them")]
    private static partial void LogFinished(ILogger logger);

    [LoggerMessage(EventId = 41, Level = LogLevel.Error, Message = "Loading the recognizer models failed; readiness stays unhealthy")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

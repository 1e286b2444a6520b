using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// Once a minute, forgets the expired conversations and their stored activities (which hold what people answered),
/// also when no request comes in. In Azure mode there is nothing to sweep.
/// </summary>
internal sealed partial class ConversationSweeper(
    ConversationRegistry registry, IOptions<DirectLineOptions> options, ILogger<ConversationSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != DirectLineMode.SelfHosted)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await registry.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failed sweep (storage briefly unreachable) is retried at the next tick.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogSweepFailed(exception.GetType().FullName);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired Direct Line conversations failed ({ExceptionType}); retrying in a minute.")]
    private partial void LogSweepFailed(string? exceptionType);
}

using Microsoft.Extensions.Hosting;
using TrialBot.Recognition;

namespace TrialBot.Bot.Configuration;

/// <summary>Loads the recognizer models in the background when the host starts, so that the first person does not wait for them.</summary>
internal sealed class RecognizerWarmupService : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RecognizerWarmup.WarmUpAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped before the models were loaded; the first answers load them instead.
        }
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TrialBot.Storage.Hosting;

/// <summary>Creates or migrates the schema when the host starts, so that a missing or unreachable database stops the
/// start with its reason rather than failing the first conversation.</summary>
internal sealed partial class StorageInitializer(StorageBackend backend, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (backend.IsVolatile)
        {
            LogVolatile(backend.Description);
        }
        else
        {
            LogStarting(backend.Description);
        }

        await backend.InitializeAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Description}.")]
    private partial void LogStarting(string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage: {Description}; use it for tests only.")]
    private partial void LogVolatile(string description);
}

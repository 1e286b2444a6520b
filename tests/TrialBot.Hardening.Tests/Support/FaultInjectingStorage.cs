using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// The bot's real storage with faults switched on by the test: every read or write can fail as an unreachable database
/// does, and a write can be held before it reaches the storage (to make one conversation's storage slow).
/// </summary>
internal sealed class FaultInjectingStorage(IStorage inner) : IStorage
{
    /// <summary>When true, every write throws before anything reaches the storage.</summary>
    public bool WritesFail { get; set; }

    /// <summary>When true, every read throws.</summary>
    public bool ReadsFail { get; set; }

    /// <summary>Awaited before a write reaches the storage, with the keys written.</summary>
    public Func<IReadOnlyCollection<string>, Task>? BeforeWrite { get; set; }

    public int FailedWrites { get; private set; }

    /// <summary>Replaces the host's IStorage with this decorator over it; returns a way to reach the decorator.</summary>
    public static Func<IServiceProvider, FaultInjectingStorage> Install(WebApplicationBuilder builder)
    {
        var original = builder.Services.Last(descriptor => descriptor.ServiceType == typeof(IStorage));
        builder.Services.Remove(original);
        builder.Services.AddSingleton(provider => new FaultInjectingStorage((IStorage)original.ImplementationFactory!(provider)));
        builder.Services.AddSingleton<IStorage>(provider => provider.GetRequiredService<FaultInjectingStorage>());
        return provider => provider.GetRequiredService<FaultInjectingStorage>();
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        ReadsFail ? throw Unavailable() : inner.ReadAsync(keys, cancellationToken);

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (BeforeWrite is { } hold)
        {
            await hold([.. changes.Keys]);
        }

        if (WritesFail)
        {
            FailedWrites++;
            throw Unavailable();
        }

        await inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        WritesFail ? throw Unavailable() : inner.DeleteAsync(keys, cancellationToken);

    private static IOException Unavailable() => new("The storage cannot be reached (injected fault).");
}

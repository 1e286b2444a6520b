using System.Collections.Concurrent;
using System.Text;

namespace TrialBot.Host.Tests.Support;

/// <summary>A logger provider that keeps everything written to it: messages, structured values, scopes and exceptions.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Entries => entries;

    /// <summary>Every entry, with its structured values and scopes, as one text.</summary>
    public string AllText => string.Join(Environment.NewLine, entries);

    /// <summary>Waits (polling, at most <paramref name="timeout"/>) for an entry that contains <paramref name="text"/>, and returns it.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var entry = entries.FirstOrDefault(candidate => candidate.Contains(text, StringComparison.Ordinal));
            if (entry is not null)
            {
                return entry;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No log entry containing '{text}' within {timeout}.");
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new StringBuilder();
            entry.Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    entry.Append(" | ").Append(key).Append('=').Append(value);
                }
            }

            owner.scopes.ForEachScope((scope, text) => text.Append(" | scope ").Append(Describe(scope)), entry);
            if (exception is not null)
            {
                entry.Append(" | exception ").Append(exception);
            }

            owner.entries.Enqueue(entry.ToString());
        }

        private static string? Describe(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join(", ", values.Select(value => $"{value.Key}={value.Value}"))
            : scope?.ToString();
    }
}

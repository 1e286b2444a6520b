using System.Collections.Concurrent;
using System.Text;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// A logger provider that keeps every entry written at or above a level: the formatted message, every structured value,
/// every scope and the exception with its message and stack. What any real provider could write is in here.
/// </summary>
internal sealed class CapturedLogs(LogLevel minimumLevel = LogLevel.Trace) : ILoggerProvider, ISupportExternalScope
{
    private readonly LogLevel minimumLevel = minimumLevel;
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public int Count => entries.Count;

    /// <summary>Every entry as one text, to search in.</summary>
    public string AllText => string.Join(Environment.NewLine, entries.Select(entry => entry.Text));

    /// <summary>The entries at <see cref="LogLevel.Error"/> or above.</summary>
    public IReadOnlyList<string> Errors => entries.Where(entry => entry.Level >= LogLevel.Error).Select(entry => entry.Text).ToList();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.minimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = new StringBuilder().Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
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

            owner.entries.Enqueue((logLevel, entry.ToString()));
        }

        private static string? Describe(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join(", ", values.Select(value => $"{value.Key}={value.Value}"))
            : scope?.ToString();
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TrialBot.Sms.Tests.Support;

/// <summary>Keeps every log line written, with its structured values and exception, to check what reaches the logs.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public string AllText => string.Join(Environment.NewLine, lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            owner.lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {string.Join(", ", values)} | {exception}");
        }
    }
}

using Microsoft.Extensions.Logging.Console;
using TrialBot.Host.BotFramework;

namespace TrialBot.Host.Hosting;

/// <summary>
/// Console logs: one JSON object per line with scopes (the turn's hashed conversation id) outside Development,
/// readable single lines in Development. The terminal chat sends logs to standard error, warnings and above only, so
/// they do not interleave with the conversation. What is logged never includes a person's text (see the host's tests).
/// </summary>
public static class HostLogging
{
    private const string HttpClientCategory = "System.Net.Http.HttpClient";

    /// <summary>Configures the console logger for the environment, and for the terminal chat when <paramref name="terminalChat"/> is set.</summary>
    public static ILoggingBuilder AddTrialBotConsole(this ILoggingBuilder logging, IHostEnvironment environment, bool terminalChat)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            logging.AddJsonConsole(console =>
            {
                console.IncludeScopes = true;
                console.UseUtcTimestamp = true;
                console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        // HttpClient's request lines carry the reply URL, which holds the raw conversation id; only its warnings are kept.
        logging.AddFilter(HttpClientCategory, LogLevel.Warning);

        // The Bot Framework adapter logs raw conversation ids at Information (for SMS, phone numbers); only its warnings are kept.
        logging.AddFilter(typeof(TrialBotAdapter).FullName, LogLevel.Warning);

        if (terminalChat)
        {
            logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
            logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        return logging;
    }
}

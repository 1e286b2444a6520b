using TrialBot.Bot;
using TrialBot.DirectLine;
using TrialBot.Host;
using TrialBot.Host.BotFramework;
using TrialBot.Host.Chat;
using TrialBot.Host.Configuration;
using TrialBot.Host.Coordinators;
using TrialBot.Host.Health;
using TrialBot.Host.Hosting;
using TrialBot.Host.Messages;
using TrialBot.Host.Referrals;
using TrialBot.Host.Security;
using TrialBot.Host.Telemetry;
using TrialBot.Sms;
using TrialBot.Storage;

// TrialBot's host. `dotnet run --project src/TrialBot` serves the bot on http://localhost:3978 (or --urls);
// `dotnet run --project src/TrialBot -- chat [--locale zh-CN]` talks to the same bot in the terminal.
var builder = TrialBotHost.CreateBuilder(args);
await using var app = TrialBotHost.Build(builder);
return await TrialBotHost.RunAsync(app, args);

namespace TrialBot.Host
{
    /// <summary>
    /// The wiring diagram of the service, in two halves: the services (<see cref="CreateBuilder"/>) and the HTTP pipeline
    /// (<see cref="Build"/>). Tests use the same two calls, replacing services in between (for example a test
    /// <c>IBot</c> registered after the defaults) and passing <c>--urls http://127.0.0.1:0</c>.
    /// </summary>
    public static class TrialBotHost
    {
        /// <summary>The exit code when a setting is wrong (the messages name each one on standard error): EX_CONFIG.</summary>
        public const int SettingsErrorExitCode = 78;

        /// <summary>The exit code when the address to listen on is taken by another process: EADDRINUSE.</summary>
        public const int AddressInUseExitCode = 98;

        /// <summary>Creates the builder with every service of the host registered.</summary>
        /// <param name="args">Command-line arguments: <c>chat</c> first for the terminal chat, then the usual host
        /// arguments (<c>--urls</c>, <c>--environment</c>, any <c>--Key=value</c> setting).</param>
        public static WebApplicationBuilder CreateBuilder(string[] args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var builder = WebApplication.CreateBuilder(args);
            var terminalChat = TerminalChat.IsRequested(args);
            var configuration = builder.Configuration;

            // Where to listen: --urls, ASPNETCORE_URLS or Kestrel:Endpoints, else http://localhost:3978.
            builder.WebHost.UseDefaultListenAddress(configuration);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

            // Logs: JSON lines outside Development; conversation ids hashed; never a person's text.
            builder.Logging.AddTrialBotConsole(builder.Environment, terminalChat);

            // Settings, bound from configuration and validated when the host starts.
            builder.Services.AddTrialBotOptions(configuration);

            // The conversation: its state storage (schema migration at start, periodic purge of idle data) and the bot.
            builder.Services.AddTrialBotStorage(configuration);
            builder.Services.AddScreeningBot(configuration);

            // The recognizer models load in the background at start; readiness waits for them.
            builder.Services.AddRecognizerWarmup();

            // Bot Framework: authentication from configuration, the adapter with its one error handler, turn telemetry and
            // the skipping of re-delivered activities.
            builder.Services.AddBotFrameworkAdapter();

            // HTTP: problem details for every error, the rate limit of /api/messages.
            builder.Services.AddProblemDetails();
            builder.Services.AddMessagesRateLimiting();

            // The web widget's channel: a self-hosted Direct Line (or Azure's, by configuration).
            builder.Services.AddSelfHostedDirectLine(configuration);
            builder.Services.AddTwilioSms(configuration);

            // Site coordinators: the referral API, whose referrals each caller may see, and their web app (sign-in, dashboard).
            builder.Services.AddReferralApi();
            builder.Services.AddCoordinators(configuration);

            // Operations: readiness checks (bot, storage, recognizer models) and metrics.
            builder.Services.AddTrialBotHealthChecks();
            builder.Services.AddTrialBotTelemetry();

            // The terminal chat runs the same container without listening on a port.
            if (terminalChat)
            {
                builder.Services.AddTerminalChat();
            }

            return builder;
        }

        /// <summary>Builds the host and its HTTP pipeline.</summary>
        public static WebApplication Build(WebApplicationBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            var app = builder.Build();

            // Every response, errors included, carries the security headers.
            app.UseSecurityHeaders();

            // An unhandled exception becomes a 500 with problem details (no stack trace); empty 4xx get problem details.
            app.UseExceptionHandler();
            app.UseStatusCodePages();

            // The web widget's page and scripts (wwwroot).
            app.UseDefaultFiles();
            app.UseStaticFiles();

            app.UseRateLimiter();

            // Channels: Bot Framework (Azure Bot Service, Teams, the Emulator) on POST /api/messages.
            app.MapBotMessages();

            // The web widget's channel: Direct Line 3.0 for Web Chat.
            app.MapSelfHostedDirectLine(MessagesRateLimiting.AnonymousPolicyName);
            app.MapTwilioSms();

            // Site coordinators: the referral API (on only with Referrals:ApiKey) and the web app's calls under /coordinators/api.
            app.MapReferralApi();
            app.MapCoordinators();

            // Operations: /healthz, /readyz, /metrics (Prometheus).
            app.MapHealthEndpoints();
            app.MapPrometheusScrapingEndpoint("/metrics");
            return app;
        }

        /// <summary>
        /// Runs the host until it is stopped (Ctrl+C, SIGTERM; in-flight requests finish within the host's shutdown
        /// timeout, setting <c>shutdownTimeoutSeconds</c>), or the terminal chat when the arguments ask for it.
        /// Returns the process exit code: 0, or <see cref="SettingsErrorExitCode"/> when settings fail validation.
        /// </summary>
        public static Task<int> RunAsync(WebApplication app, IReadOnlyList<string> args, CancellationToken cancellationToken = default)
            => RunAsync(app, args, Console.In, Console.Out, Console.Error, inputIsRedirected: Console.IsInputRedirected, cancellationToken);

        internal static async Task<int> RunAsync(
            WebApplication app,
            IReadOnlyList<string> args,
            TextReader input,
            TextWriter output,
            TextWriter error,
            bool inputIsRedirected,
            CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(app);
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(error);
            try
            {
                if (TerminalChat.IsRequested(args))
                {
                    return await TerminalChat.RunAsync(app, input, output, echoInput: inputIsRedirected, cancellationToken).ConfigureAwait(false);
                }

                if (CoordinatorCommand.IsRequested(args))
                {
                    return await CoordinatorCommand.RunAsync(app.Services, args, input, output, error, inputIsRedirected, cancellationToken).ConfigureAwait(false);
                }

                if (AddressInUse.FindTaken(ListenUrls(app)) is { } taken)
                {
                    await error.WriteLineAsync(AddressInUse.Message(taken)).ConfigureAwait(false);
                    return AddressInUseExitCode;
                }

                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (Exception failure) when (SettingsFailures.Of(failure) is { Count: > 0 } failures)
            {
                foreach (var message in failures)
                {
                    await error.WriteLineAsync($"TrialBot cannot start: {message}").ConfigureAwait(false);
                }

                return SettingsErrorExitCode;
            }
            catch (IOException failure) when (failure.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                await error.WriteLineAsync(AddressInUse.Message(string.Join(", ", ListenUrls(app)))).ConfigureAwait(false);
                return AddressInUseExitCode;
            }
        }

        /// <summary>The addresses the host listens on: the server's, else the configured <c>urls</c> (set by --urls or the default).</summary>
        private static string[] ListenUrls(WebApplication app) =>
            app.Urls.Count > 0
                ? [.. app.Urls]
                : (app.Configuration[Microsoft.AspNetCore.Hosting.WebHostDefaults.ServerUrlsKey] ?? DefaultListenAddress.Url).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

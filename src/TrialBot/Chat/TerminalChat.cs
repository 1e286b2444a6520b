using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using TrialBot.Host.BotFramework;
using TrialBot.Host.Hosting;

namespace TrialBot.Host.Chat;

/// <summary>
/// <c>dotnet run --project src/TrialBot -- chat [--locale zh-CN]</c>: a conversation with the bot in the terminal, in
/// process, through the same container, storage and settings as the service, without listening on a port.
/// </summary>
public static class TerminalChat
{
    /// <summary>The command-line word that selects the terminal chat; it must be the first argument.</summary>
    public const string CommandName = "chat";

    /// <summary>The configuration key of the chat's locale (<c>--locale</c> on the command line).</summary>
    public const string LocaleKey = "locale";

    /// <summary>The locale when none is given.</summary>
    public const string DefaultLocale = "en-US";

    /// <summary>The exit code when the arguments are wrong.</summary>
    public const int UsageExitCode = 2;

    /// <summary>Whether the arguments ask for the terminal chat.</summary>
    public static bool IsRequested(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 0 && string.Equals(args[0], CommandName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Replaces the web server with one that listens nowhere and quiets the host's start-up messages.</summary>
    public static IServiceCollection AddTerminalChat(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IServer, NoListenerServer>();
        services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        return services;
    }

    /// <summary>
    /// Starts the host, talks with the bot until the input ends, <c>exit</c>/<c>quit</c>, or the host stops (Ctrl+C),
    /// then stops the host. Returns the process exit code: 0, or <see cref="UsageExitCode"/> for an unknown locale.
    /// </summary>
    /// <param name="app">A host built with <see cref="AddTerminalChat"/>.</param>
    /// <param name="input">The person's lines.</param>
    /// <param name="output">Where the conversation is written.</param>
    /// <param name="echoInput">Whether to write the person's lines too (set when the input is not an interactive terminal).</param>
    /// <param name="cancellationToken">Ends the chat.</param>
    public static async Task<int> RunAsync(WebApplication app, TextReader input, TextWriter output, bool echoInput, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        var localeName = app.Configuration[LocaleKey] ?? DefaultLocale;
        if (!TryGetCulture(localeName, out var locale))
        {
            await output.WriteLineAsync($"--locale: '{localeName}' is not a known culture; use for example en-US or zh-CN.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return UsageExitCode;
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var chatEnds = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
            var services = app.Services;
            var adapter = new ConsoleChatAdapter(
                input,
                output,
                echoInput,
                locale,
                services.GetRequiredService<TurnErrorHandler>(),
                services.GetRequiredService<TurnTelemetryMiddleware>(),
                services.GetRequiredService<TimeProvider>());
            await adapter.RunAsync(new PerTurnScopedBot(services.GetRequiredService<IServiceScopeFactory>()), chatEnds.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Ctrl+C: the host is stopping; end the chat quietly.
        }
        finally
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    private static bool TryGetCulture(string name, out CultureInfo culture)
    {
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return !culture.Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
            return false;
        }
    }
}

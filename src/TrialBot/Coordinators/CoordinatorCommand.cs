using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using TrialBot.Screening.Definition;
using TrialBot.Storage.Coordinators;

namespace TrialBot.Host.Coordinators;

/// <summary>
/// <c>dotnet run --project src/TrialBot -- coordinators add &lt;email&gt; --site &lt;site&gt; [--site …]</c> (the
/// password is read from standard input when it is redirected, else asked for twice without echo; never taken from the
/// command line), <c>coordinators list</c> and <c>coordinators remove &lt;email&gt;</c>. It works on the storage the
/// settings name (the same as the service's; host settings may follow as <c>--Key=value</c>), without starting the web
/// server.
/// </summary>
public static class CoordinatorCommand
{
    /// <summary>The first argument that selects the command.</summary>
    public const string CommandName = "coordinators";

    /// <summary>The exit code of a wrong command line: EX_USAGE.</summary>
    public const int UsageExitCode = 64;

    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 12;

    private const string Usage = """
        Usage:
          coordinators add <email> --site <site-id> [--site <site-id> ...]   (the password is read from standard input, or asked for)
          coordinators list
          coordinators remove <email>
        """;

    /// <summary>Whether the arguments ask for this command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>True when the first one is <see cref="CommandName"/>.</returns>
    public static bool IsRequested(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 0 && string.Equals(args[0], CommandName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Runs the command.</summary>
    /// <param name="services">The host's services (storage, the trial definition).</param>
    /// <param name="args">The command-line arguments, <see cref="CommandName"/> first.</param>
    /// <param name="input">Where a redirected password is read from.</param>
    /// <param name="output">Where results are written.</param>
    /// <param name="error">Where problems are written.</param>
    /// <param name="inputIsRedirected">Whether <paramref name="input"/> is redirected (else the password is asked for on the console).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, bool inputIsRedirected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        // Host settings given as --Key=value (for example the storage to use) are the host's, not the command's.
        args = [.. args.Where(arg => !(arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal)))];
        var accounts = services.GetRequiredService<ICoordinatorAccountStore>();
        var verb = args.Count > 1 ? args[1].ToLowerInvariant() : string.Empty;
        switch (verb)
        {
            case "list" when args.Count == 2:
                foreach (var account in await accounts.ListAsync(cancellationToken).ConfigureAwait(false))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{account.Email}\t{string.Join(",", account.SiteIds)}\t{account.CreatedAt:yyyy-MM-dd}")).ConfigureAwait(false);
                }

                return 0;
            case "remove" when args.Count == 3:
                if (await accounts.RemoveAsync(args[2], cancellationToken).ConfigureAwait(false))
                {
                    await output.WriteLineAsync($"Removed {CoordinatorAccount.NormalizeEmail(args[2])}.").ConfigureAwait(false);
                    return 0;
                }

                await error.WriteLineAsync($"There is no account {CoordinatorAccount.NormalizeEmail(args[2])}.").ConfigureAwait(false);
                return 1;
            case "add":
                return await AddAsync(services, accounts, args, input, output, error, inputIsRedirected, cancellationToken).ConfigureAwait(false);
            default:
                await error.WriteLineAsync(Usage).ConfigureAwait(false);
                return UsageExitCode;
        }
    }

    private static async Task<int> AddAsync(IServiceProvider services, ICoordinatorAccountStore accounts, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, bool inputIsRedirected, CancellationToken cancellationToken)
    {
        var email = args.Count > 2 && !args[2].StartsWith('-') ? CoordinatorAccount.NormalizeEmail(args[2]) : string.Empty;
        var sites = new List<string>();
        string? problem = email.Length == 0 || !email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@')
            ? "Give the account's e-mail address after 'add'."
            : null;
        for (var index = 3; index < args.Count && problem is null; index++)
        {
            if (string.Equals(args[index], "--site", StringComparison.OrdinalIgnoreCase) && index + 1 < args.Count)
            {
                sites.Add(args[++index].Trim());
            }
            else if (args[index].StartsWith("--password", StringComparison.OrdinalIgnoreCase))
            {
                problem = "A password is never taken from the command line (others can read it there): type it when asked, or pipe it to standard input.";
            }
            else
            {
                problem = $"'{args[index]}' is not understood.";
            }
        }

        var known = services.GetRequiredService<TrialDefinition>().Sites.Select(site => site.Id).ToList();
        if (problem is null && sites.Count == 0)
        {
            problem = $"Give at least one --site: one of {string.Join(", ", known)}.";
        }

        if (problem is null && sites.FirstOrDefault(site => !known.Contains(site, StringComparer.Ordinal)) is { } unknown)
        {
            problem = $"'{unknown}' is not a site of the trial: use one of {string.Join(", ", known)}.";
        }

        if (problem is not null)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return UsageExitCode;
        }

        var password = inputIsRedirected ? await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) : AskTwice(output);
        if (password is null || password.Length < MinimumPasswordLength)
        {
            await error.WriteLineAsync(password is null
                ? "The password was not given, or the two did not match."
                : $"The password is too short: use at least {MinimumPasswordLength} characters.").ConfigureAwait(false);
            return UsageExitCode;
        }

        var hasher = services.GetRequiredService<IPasswordHasher<CoordinatorAccount>>();
        var account = new CoordinatorAccount
        {
            Email = email,
            PasswordHash = "pending",
            SiteIds = sites,
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        account = account with { PasswordHash = hasher.HashPassword(account, password) };
        var added = await accounts.SaveAsync(account, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"{(added ? "Added" : "Updated")} {email} for {string.Join(", ", sites.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Asks for the password twice on the console without echo; null when the two differ.</summary>
    private static string? AskTwice(TextWriter output)
    {
        var first = AskHidden(output, "Password: ");
        var second = AskHidden(output, "Password again: ");
        return first == second ? first : null;
    }

    private static string AskHidden(TextWriter output, string prompt)
    {
        output.Write(prompt);
        output.Flush();
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                output.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}

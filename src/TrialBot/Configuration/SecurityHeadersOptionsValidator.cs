using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TrialBot.Host.Configuration;

/// <summary>Checks the security header settings at start, so a typo cannot silently weaken or break a header.</summary>
internal sealed partial class SecurityHeadersOptionsValidator : IValidateOptions<SecurityHeadersOptions>
{
    private static readonly string[] ReferrerPolicies =
    [
        "no-referrer", "no-referrer-when-downgrade", "origin", "origin-when-cross-origin",
        "same-origin", "strict-origin", "strict-origin-when-cross-origin", "unsafe-url",
    ];

    public ValidateOptionsResult Validate(string? name, SecurityHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var sources = (options.FrameAncestors ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        if (sources.Length == 0)
        {
            failures.Add("SecurityHeaders:FrameAncestors must not be empty; use 'none' to forbid framing or 'self' to allow only this site.");
        }
        else if (sources.Contains("'none'") && sources.Length > 1)
        {
            failures.Add("SecurityHeaders:FrameAncestors: 'none' cannot be combined with other sources.");
        }

        foreach (var source in sources.Where(source => source is not "'self'" and not "'none'" && !HostSource().IsMatch(source)))
        {
            failures.Add($"SecurityHeaders:FrameAncestors: '{source}' is not a frame-ancestors source; use 'self', 'none', https: or an origin such as https://www.example.org.");
        }

        if (!ReferrerPolicies.Contains(options.ReferrerPolicy, StringComparer.Ordinal))
        {
            failures.Add($"SecurityHeaders:ReferrerPolicy must be one of {string.Join(", ", ReferrerPolicies)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // A scheme source (https:) or a host source: optional scheme, optional leading wildcard label, host, optional port.
    [GeneratedRegex(@"^(https?:|(https?://)?(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:(\d{1,5}|\*))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex HostSource();
}

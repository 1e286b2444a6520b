namespace TrialBot.DirectLine;

/// <summary>
/// The Content-Security-Policy under which the chat page (<c>index.html</c>, <c>app.js</c>, the bundled Web Chat)
/// works, checked in a real browser by the widget's browser test. Scripts are only this host's files (no inline
/// script, no <c>eval</c>); <c>style-src</c> needs <c>'unsafe-inline'</c> because Web Chat inserts its styles as
/// <c>&lt;style&gt;</c> elements (without it the chat renders unstyled); in Azure mode the page also talks to Azure's
/// Direct Line.
/// </summary>
public static class WidgetContentSecurityPolicy
{
    /// <summary>The policy for the chat page under <paramref name="options"/>.</summary>
    /// <param name="options">The Direct Line settings (Azure mode adds Azure's Direct Line to <c>connect-src</c>).</param>
    /// <param name="frameAncestors">Who may frame the page: a validated <c>frame-ancestors</c> source list such as <c>'self'</c>.</param>
    public static string Create(DirectLineOptions options, string frameAncestors = "'self'")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(frameAncestors);
        var connect = options.Mode == DirectLineMode.Azure
            ? $"'self' {options.AzureEndpoint.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; connect-src {connect}; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + $"frame-ancestors {frameAncestors}";
    }
}

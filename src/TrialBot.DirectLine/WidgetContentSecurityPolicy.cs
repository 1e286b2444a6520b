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
    public static string Create(DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connect = options.Mode == DirectLineMode.Azure
            ? $"'self' {options.AzureEndpoint.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        var ancestors = string.Join(' ', options.EmbeddingOrigins.Prepend("'self'"));
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; connect-src {connect}; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + $"frame-ancestors {ancestors}";
    }

    /// <summary>Whether <paramref name="value"/> is a web origin (http or https scheme and host, optional port, nothing else).</summary>
    internal static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), value.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}

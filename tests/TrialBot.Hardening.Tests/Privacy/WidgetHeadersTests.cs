using System.Net;
using System.Text.RegularExpressions;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Privacy;

/// <summary>The widget page and every other answer carry the security headers and the page's content security policy.</summary>
public sealed partial class WidgetHeadersTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/index.html", HttpStatusCode.OK)]
    [InlineData("/embed.js", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/index.html/../../appsettings.json", HttpStatusCode.NotFound)]
    public async Task Every_answer_carries_the_security_headers_and_a_strict_content_security_policy(string path, HttpStatusCode status)
    {
        using var response = await fixture.Host.Http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Single(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        var policy = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.DoesNotContain(policy.Values, value => value.Contains("unsafe-eval", StringComparison.Ordinal) || value.Contains('*', StringComparison.Ordinal));
        Assert.False(response.Headers.Contains("Server"), "The server does not announce itself.");
    }

    [Fact]
    public async Task The_page_has_no_inline_script_for_the_policy_to_allow()
    {
        var page = await fixture.Host.Http.GetStringAsync("/");

        Assert.Contains("<script src=", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScript(), page);
        Assert.DoesNotMatch(EventHandlerAttribute(), page);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);

    private static Dictionary<string, string> Directives(string policy) => policy
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(directive => directive.Split(' ', 2))
        .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : string.Empty);

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}

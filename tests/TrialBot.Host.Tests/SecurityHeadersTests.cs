using System.Net;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertDefaultHeaders(response);
    }

    [Fact]
    public async Task An_error_answer_from_the_messages_endpoint_carries_them_too()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Json("not json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertDefaultHeaders(response);
    }

    [Fact]
    public async Task Configured_frame_ancestors_let_another_site_embed_the_pages()
    {
        await using var host = await RunningHost.StartAsync(
            new TwoRepliesBot(),
            new Dictionary<string, string?> { ["SecurityHeaders:FrameAncestors"] = "'self' https://www.example-hospital.cn" });

        using var response = await host.Client.GetAsync("/healthz");

        Assert.EndsWith("frame-ancestors 'self' https://www.example-hospital.cn", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options cannot allow another origin, so it is left out.");
    }

    [Fact]
    public async Task Frame_ancestors_none_also_denies_framing_in_older_browsers()
    {
        await using var host = await RunningHost.StartAsync(
            new TwoRepliesBot(), new Dictionary<string, string?> { ["SecurityHeaders:FrameAncestors"] = "'none'" });

        using var response = await host.Client.GetAsync("/healthz");

        Assert.EndsWith("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_server_does_not_announce_itself()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await host.Client.GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Server"));
    }

    private static void AssertDefaultHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.EndsWith("frame-ancestors 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name)
        => string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values : []);
}

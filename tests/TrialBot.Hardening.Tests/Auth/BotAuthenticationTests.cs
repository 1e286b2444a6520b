using System.Diagnostics;
using System.Net;
using TrialBot.Hardening.Tests.Support;
using Xunit.Abstractions;

namespace TrialBot.Hardening.Tests.Auth;

/// <summary>
/// With MicrosoftAppId set, /api/messages refuses every request without a valid Bot Framework token with 401, and the
/// refused activity leaves nothing in storage. The validator would fetch the issuers' OpenID metadata from the internet,
/// which this machine cannot reach: it must still fail closed, quickly, with 401.
/// </summary>
public sealed class BotAuthenticationTests(ITestOutputHelper output)
{
    private const string AppId = "6f0b4a8e-3c1d-4c55-9d5e-2b7f1a9c0e11";

    private static readonly Dictionary<string, string?> WithAppId = new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    public static TheoryData<string, string?> RefusedTokens => new()
    {
        { "no token", null },
        { "empty token", "" },
        { "not a JWT", "not-a-jwt" },
        { "three empty parts", ".." },
        { "garbage parts", "a.b.c" },
        { "unsigned (alg none)", TestJwt.Unsigned(TestJwt.Payload(AppId, DateTimeOffset.UtcNow.AddHours(1))) },
        { "signed by an unknown key", TestJwt.SignedRs256(AppId, DateTimeOffset.UtcNow.AddHours(1)) },
        { "for another audience", TestJwt.SignedRs256("00000000-0000-0000-0000-000000000001", DateTimeOffset.UtcNow.AddHours(1)) },
        { "expired", TestJwt.SignedRs256(AppId, DateTimeOffset.UtcNow.AddHours(-1)) },
        { "from another issuer", TestJwt.SignedRs256(AppId, DateTimeOffset.UtcNow.AddHours(1), issuer: "https://evil.example") },
        { "HS256 with the app password as key", TestJwt.SignedHs256("not-a-real-secret"u8.ToArray(), TestJwt.Payload(AppId, DateTimeOffset.UtcNow.AddHours(1))) },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_request_without_a_valid_token_is_401_and_nothing_is_stored(string description, string? token)
    {
        await using var host = await HardeningHost.StartAsync(WithAppId);
        var conversationId = $"auth-{Guid.NewGuid():N}";
        var watch = Stopwatch.StartNew();

        var reply = await host.Channel.PostAsync(ChannelClient.Activity("message", conversationId, "yes"), token);

        output.WriteLine($"{description}: {(int)reply.Status} in {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Null(await StoredConversation.ReadAsync(host.Storage, conversationId));
        Assert.DoesNotContain("unhandled exception", host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task When_the_issuers_signing_keys_never_arrive_the_request_is_401_after_the_timeout_not_a_hang()
    {
        using var silent = new SilentEndpoint();
        await using var host = await HardeningHost.StartAsync(new Dictionary<string, string?>(WithAppId)
        {
            ["ToBotFromChannelOpenIdMetadataUrl"] = $"https://127.0.0.1:{silent.Port}/v1/.well-known/openidconfiguration",
            ["ToBotFromChannelTokenIssuer"] = TestJwt.BotFrameworkIssuer,
            ["Bot:AuthenticationTimeoutSeconds"] = "1",
        });
        var conversationId = $"auth-{Guid.NewGuid():N}";
        var watch = Stopwatch.StartNew();

        var reply = await host.Channel.PostAsync(ChannelClient.Activity("message", conversationId, "yes"), TestJwt.SignedRs256(AppId, DateTimeOffset.UtcNow.AddHours(1)));

        output.WriteLine($"silent metadata endpoint: {(int)reply.Status} in {watch.Elapsed.TotalMilliseconds:0} ms after {silent.Accepted} connection(s)");
        Assert.True(silent.Accepted > 0, "The validator went to fetch the signing keys.");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Null(await StoredConversation.ReadAsync(host.Storage, conversationId));
    }
}

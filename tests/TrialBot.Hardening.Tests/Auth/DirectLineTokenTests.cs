using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Auth;

/// <summary>
/// The self-hosted Direct Line of the real host, end to end: a token reads and writes only its own conversation while
/// it is valid; an expired, foreign, tampered, forged or unsigned token is refused, and the refused message reaches
/// neither the bot nor the storage.
/// </summary>
public sealed class DirectLineTokenTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_token_works_for_its_own_conversation_only_and_is_refused_elsewhere_without_touching_the_other_conversations_state()
    {
        await using var host = await HardeningHost.StartAsync(logLevel: LogLevel.Warning);
        var directLine = new DirectLineClient(host.Http);
        var (mine, myToken) = await directLine.StartAsync();
        var (theirs, _) = await directLine.StartAsync();
        var theirStateBefore = await StateOfAsync(host, theirs);

        using var ownMessage = await directLine.SayAsync(mine, myToken, "yes");
        using var intoTheirs = await directLine.SayAsync(theirs, myToken, "yes");
        using var readTheirs = await directLine.ReadAsync(theirs, myToken);
        using var noToken = await directLine.SayAsync(theirs, null, "yes");

        Assert.Equal(HttpStatusCode.OK, ownMessage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, intoTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(theirStateBefore, await StateOfAsync(host, theirs));
        Assert.Equal(["consent"], (await StoredConversation.ReadAsync(host.Storage, mine, DirectLineClient.ChannelId))!.Answered);
    }

    [Fact]
    public async Task An_expired_token_is_refused_for_messages_reads_and_refresh()
    {
        var clock = new ManualClock(Start);
        await using var host = await HardeningHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(clock), logLevel: LogLevel.Warning);
        var directLine = new DirectLineClient(host.Http);
        var (conversationId, token) = await directLine.StartAsync();
        var stateBefore = await StateOfAsync(host, conversationId);

        clock.Advance(TimeSpan.FromMinutes(31));
        using var message = await directLine.SayAsync(conversationId, token, "yes");
        using var read = await directLine.ReadAsync(conversationId, token);
        using var refresh = await directLine.RefreshAsync(token);

        Assert.All([message, read, refresh], response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(message));
        Assert.Equal(stateBefore, await StateOfAsync(host, conversationId));
    }

    public static TheoryData<string> Forgeries => new() { "tampered claims", "signed with another key", "unsigned (alg none)", "signature cut off" };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_token_not_signed_by_this_host_for_this_conversation_is_refused(string forgery)
    {
        await using var host = await HardeningHost.StartAsync(logLevel: LogLevel.Warning);
        var directLine = new DirectLineClient(host.Http);
        var (victim, _) = await directLine.StartAsync();
        var (_, attackerToken) = await directLine.StartAsync();
        var stateBefore = await StateOfAsync(host, victim);
        var claims = new JsonObject { ["conv"] = victim, ["user"] = "dl_attacker", ["exp"] = Start.AddYears(10).ToUnixTimeSeconds() };
        var parts = attackerToken.Split('.');
        var token = forgery switch
        {
            "tampered claims" => $"{parts[0]}.{TestJwt.Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()))}.{parts[2]}",
            "signed with another key" => TestJwt.SignedHs256(RandomNumberGenerator.GetBytes(32), claims),
            "unsigned (alg none)" => TestJwt.Unsigned(claims),
            _ => $"{parts[0]}.{TestJwt.Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()))}.",
        };

        using var message = await directLine.SayAsync(victim, token, "yes");
        using var read = await directLine.ReadAsync(victim, token);

        Assert.Equal(HttpStatusCode.Forbidden, message.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("InvalidToken", await DirectLineClient.ErrorCodeAsync(message));
        Assert.Equal(stateBefore, await StateOfAsync(host, victim));
    }

    private static async Task<string?> StateOfAsync(HardeningHost host, string conversationId) =>
        (await StoredConversation.ReadAsync(host.Storage, conversationId, DirectLineClient.ChannelId))?.Item.ToString();
}

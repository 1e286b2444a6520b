using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Moq;
using Moq.Protected;
using TrialBot.Host.BotFramework;

namespace TrialBot.Host.Tests.BotFramework;

/// <summary>A turn builds no client it does not need: connector clients are kept between turns, the user-token client is made when used.</summary>
public class ClientReuseTests
{
    private static readonly ClaimsIdentity Anonymous = new();

    [Fact]
    public async Task Turns_to_one_channel_share_one_connector_client_that_a_turn_does_not_dispose()
    {
        var (authentication, made) = Authentication(TimeProvider.System);
        var factory = authentication.CreateConnectorFactory(Anonymous);

        var first = await factory.CreateAsync("https://channel.example/", "audience", CancellationToken.None);
        first.Dispose();
        var second = await factory.CreateAsync("https://channel.example/", "audience", CancellationToken.None);

        var client = Assert.Single(made);
        Assert.Same(client.Object.Conversations, second.Conversations);
        client.Verify(c => c.Dispose(), Times.Never);
        Assert.Throws<InvalidOperationException>(() => second.BaseUri = new Uri("https://elsewhere.example/"));
    }

    [Fact]
    public async Task Another_channel_or_audience_gets_a_client_of_its_own()
    {
        var (authentication, made) = Authentication(TimeProvider.System);
        var factory = authentication.CreateConnectorFactory(Anonymous);

        await factory.CreateAsync("https://channel.example/", "audience", CancellationToken.None);
        await factory.CreateAsync("https://other.example/", "audience", CancellationToken.None);
        await factory.CreateAsync("https://channel.example/", "another", CancellationToken.None);

        Assert.Equal(3, made.Count);
    }

    [Fact]
    public async Task A_kept_client_is_made_again_after_its_lifetime()
    {
        var clock = new MovableClock();
        var (authentication, made) = Authentication(clock);
        var factory = authentication.CreateConnectorFactory(Anonymous);

        await factory.CreateAsync("https://channel.example/", null!, CancellationToken.None);
        clock.Advance(ConnectorClientPool.Lifetime + TimeSpan.FromSeconds(1));
        await factory.CreateAsync("https://channel.example/", null!, CancellationToken.None);

        Assert.Equal(2, made.Count);
    }

    [Fact]
    public async Task Beyond_the_capacity_a_turn_gets_a_client_it_owns()
    {
        var (authentication, made) = Authentication(TimeProvider.System);
        var factory = authentication.CreateConnectorFactory(Anonymous);
        for (var i = 0; i < ConnectorClientPool.Capacity; i++)
        {
            await factory.CreateAsync($"https://channel{i}.example/", "audience", CancellationToken.None);
        }

        var owned = await factory.CreateAsync("https://one-too-many.example/", "audience", CancellationToken.None);
        owned.Dispose();

        made[^1].Verify(c => c.Dispose(), Times.Once);
    }

    [Fact]
    public async Task The_user_token_client_is_made_only_when_used_and_disposed_with_the_turn()
    {
        var tokenClient = new Mock<UserTokenClient> { CallBase = true };
        tokenClient.Setup(c => c.GetTokenStatusAsync("user", "msteams", null!, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var inner = new Mock<BotFrameworkAuthentication>();
        inner.Setup(a => a.CreateUserTokenClientAsync(Anonymous, It.IsAny<CancellationToken>())).ReturnsAsync(tokenClient.Object);
        var authentication = new ClientReusingAuthentication(inner.Object, new ConnectorClientPool(TimeProvider.System));

        using (var unused = await authentication.CreateUserTokenClientAsync(Anonymous, CancellationToken.None))
        {
            inner.Verify(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>()), Times.Never);
        }

        var used = await authentication.CreateUserTokenClientAsync(Anonymous, CancellationToken.None);
        Assert.Empty(await used.GetTokenStatusAsync("user", "msteams", null!, CancellationToken.None));
        await used.GetTokenStatusAsync("user", "msteams", null!, CancellationToken.None);
        used.Dispose();

        inner.Verify(a => a.CreateUserTokenClientAsync(Anonymous, It.IsAny<CancellationToken>()), Times.Once);
        tokenClient.Protected().Verify("Dispose", Times.Once(), true, true);
    }

    private static (ClientReusingAuthentication Authentication, List<Mock<IConnectorClient>> Made) Authentication(TimeProvider clock)
    {
        var made = new List<Mock<IConnectorClient>>();
        var factory = new Mock<ConnectorFactory>();
        factory.Setup(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string serviceUrl, string _, CancellationToken _) =>
            {
                var client = new Mock<IConnectorClient>();
                client.SetupGet(c => c.BaseUri).Returns(new Uri(serviceUrl));
                client.SetupGet(c => c.Conversations).Returns(Mock.Of<IConversations>());
                made.Add(client);
                return client.Object;
            });
        var inner = new Mock<BotFrameworkAuthentication>();
        inner.Setup(a => a.CreateConnectorFactory(It.IsAny<ClaimsIdentity>())).Returns(factory.Object);
        return (new ClientReusingAuthentication(inner.Object, new ConnectorClientPool(clock)), made);
    }

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}

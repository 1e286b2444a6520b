using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrialBot.Host;

namespace TrialBot.Sms.Tests.Support;

/// <summary>
/// The real TrialBot host on a real Kestrel port (127.0.0.1, ephemeral), storage in memory, the SMS channel on with a
/// test Auth Token, optionally a test bot in place of the screening bot; logs captured at every level.
/// </summary>
internal sealed class SmsTestHost : IAsyncDisposable
{
    public const string AuthToken = "0123456789abcdef0123456789abcdef";

    private readonly WebApplication app;

    private SmsTestHost(WebApplication app, Uri address, CapturedLogs logs)
    {
        this.app = app;
        Address = address;
        Logs = logs;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    /// <summary>The URL Twilio would call when it reaches this host directly.</summary>
    public string WebhookUrl => new Uri(Address, TwilioSmsEndpointRouteBuilderExtensions.Route).ToString();

    public static WebApplicationBuilder CreateBuilder(IBot? bot, IDictionary<string, string?>? settings, CapturedLogs logs)
    {
        var builder = TrialBotHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--environment", "Development"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "memory",
            ["Sms:TwilioAuthToken"] = AuthToken,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        if (bot is not null)
        {
            builder.Services.AddSingleton(bot);
        }

        return builder;
    }

    public static async Task<SmsTestHost> StartAsync(IBot? bot, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var logs = new CapturedLogs();
        var builder = CreateBuilder(bot, settings, logs);
        configure?.Invoke(builder);
        var app = TrialBotHost.Build(builder);
        await app.StartAsync();
        return new SmsTestHost(app, new Uri(app.Urls.Single()), logs);
    }

    /// <summary>Posts <paramref name="form"/> to the webhook, signed for <paramref name="signedUrl"/> (default: the URL called) unless a signature is given.</summary>
    public Task<HttpResponseMessage> SendAsync(IReadOnlyDictionary<string, string> form, string? signedUrl = null, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioRequestSigner.Sign(AuthToken, signedUrl ?? WebhookUrl, form));
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

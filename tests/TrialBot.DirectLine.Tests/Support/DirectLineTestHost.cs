using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrialBot.DirectLine.Tests.Support;

/// <summary>
/// A real ASP.NET Core host on a loopback port, wired as the TrialBot host wires it: a real <see cref="CloudAdapter"/>
/// from configuration (anonymous unless the settings give an app id), the bot under test as <see cref="IBot"/>, the
/// Direct Line, and optionally the widget's static files.
/// </summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private DirectLineTestHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new DirectLineTestClient(new HttpClient { BaseAddress = address });
    }

    public Uri Address { get; }

    public DirectLineTestClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<DirectLineTestHost> StartAsync(
        IBot bot,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        Action<IServiceCollection>? configureServices = null,
        string? webRoot = null,
        Action<WebApplication>? configurePipeline = null,
        string? tokenRateLimiterPolicy = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();

        builder.Services.AddSingleton<BotFrameworkAuthentication>(provider =>
            new ConfigurationBotFrameworkAuthentication(provider.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(provider => new CloudAdapter(
            provider.GetRequiredService<BotFrameworkAuthentication>(), provider.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<CloudAdapter>());
        builder.Services.AddSingleton(bot);
        builder.Services.AddSelfHostedDirectLine(builder.Configuration);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        configurePipeline?.Invoke(app);
        if (webRoot is not null)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
        }

        app.MapSelfHostedDirectLine(tokenRateLimiterPolicy);
        await app.StartAsync();
        var address = app.Urls.Single();
        return new DirectLineTestHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

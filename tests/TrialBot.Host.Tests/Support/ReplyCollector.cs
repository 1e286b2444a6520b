using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace TrialBot.Host.Tests.Support;

/// <summary>
/// Stands in for a channel's serviceUrl on loopback: receives the replies the adapter posts to the Bot Connector API
/// (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>) and keeps them.
/// </summary>
internal sealed class ReplyCollector : IAsyncDisposable
{
    private readonly WebApplication app;

    private ReplyCollector(WebApplication app, Uri address, ConcurrentQueue<JsonObject> replies)
    {
        this.app = app;
        ServiceUrl = address;
        Replies = replies;
    }

    public Uri ServiceUrl { get; }

    public ConcurrentQueue<JsonObject> Replies { get; }

    public static async Task<ReplyCollector> StartAsync()
    {
        var replies = new ConcurrentQueue<JsonObject>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyTo}", async (HttpRequest request) =>
        {
            var reply = await JsonNode.ParseAsync(request.Body);
            replies.Enqueue(reply!.AsObject());
            return Results.Json(new { id = $"reply-{replies.Count}" });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ReplyCollector(app, new Uri(address), replies);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Conversations;
using TrialBot.DirectLine.Http;
using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine.Endpoints;

/// <summary>
/// Self-hosted <c>GET conversations/{id}/stream?watermark=N&amp;t=token</c>, a WebSocket as Direct Line 3.0 streams:
/// each text message an <c>ActivitySet</c> (<c>{activities, watermark}</c>) of what is new, an empty message now and
/// then to keep the connection alive; what the client sends is read and ignored (activities are still posted). New
/// activities written by this process wake the stream at once; those written by another instance are found by looking
/// at the storage every <see cref="StoragePollInterval"/>. An open stream keeps its conversation from going idle.
/// </summary>
internal static class StreamEndpoint
{
    /// <summary>How often a stream looks at the storage for activities another instance wrote.</summary>
    public static readonly TimeSpan StoragePollInterval = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(30);

    /// <summary>How often an open stream records the conversation as used, as polling did: a person reading is not idle.</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromSeconds(30);

    /// <summary>The <c>streamUrl</c> of <paramref name="conversationId"/> for a request to this host.</summary>
    public static string Address(HttpRequest request, string conversationId, string token, long? watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpointRouteBuilderExtensions.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark?.ToString(CultureInfo.InvariantCulture) ?? "-"}&t={Uri.EscapeDataString(token)}");
    }

    /// <summary>Accepts the WebSocket and streams the conversation's activities until either side closes.</summary>
    public static async Task<IResult> StreamAsync(
        string conversationId,
        string? watermark,
        string? t,
        HttpContext context,
        [FromServices] ConversationTokenService tokens,
        [FromServices] ConversationRegistry registry,
        [FromServices] ConversationSignals signals,
        [FromServices] IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authorization = string.IsNullOrEmpty(t) ? (string?)context.Request.Headers.Authorization : "Bearer " + t;
        var (_, refused) = await ActivityEndpoints.AuthorizeAsync(authorization, conversationId, tokens, registry, context.RequestAborted).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused.ToResult();
        }

        var (after, invalid) = Watermark.Parse(watermark);
        if (invalid is not null)
        {
            return invalid.ToResult();
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadArgument("This address takes a WebSocket connection.").ToResult();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var reading = DrainAsync(socket, stop);
        try
        {
            await SendNewActivitiesAsync(socket, conversationId, after, registry, signals, stop.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping.
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await reading.ConfigureAwait(false);
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or TimeoutException or OperationCanceledException)
            {
                // Closing is a courtesy.
            }
        }

        return Results.Empty;
    }

    private static async Task SendNewActivitiesAsync(
        WebSocket socket, string conversationId, long? after, ConversationRegistry registry, ConversationSignals signals, CancellationToken cancellationToken)
    {
        var lastSent = DateTimeOffset.UtcNow;
        var lastTouched = DateTimeOffset.UtcNow;
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            if (DateTimeOffset.UtcNow - lastTouched >= TouchInterval)
            {
                await registry.KeepAliveAsync(conversationId, cancellationToken).ConfigureAwait(false);
                lastTouched = DateTimeOffset.UtcNow;
            }

            var page = await registry.ReadAfterAsync(conversationId, after, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                // The conversation expired or was forgotten: closing tells the client (its reconnect then gets 404).
                return;
            }

            if (page.Activities.Count > 0)
            {
                await SendAsync(socket, BotJson.Serialize(page), cancellationToken).ConfigureAwait(false);
                lastSent = DateTimeOffset.UtcNow;
            }
            else if (DateTimeOffset.UtcNow - lastSent >= KeepAliveInterval)
            {
                await SendAsync(socket, string.Empty, cancellationToken).ConfigureAwait(false);
                lastSent = DateTimeOffset.UtcNow;
            }

            after = long.Parse(page.Watermark, CultureInfo.InvariantCulture);
            await signals.WaitAsync(conversationId, StoragePollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads and drops what the client sends (Web Chat's keep-alive pings); cancels the stream when it closes.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The stream is ending.
        }

        await stop.CancelAsync().ConfigureAwait(false);
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;

namespace TrialBot.Bench.Conversations;

/// <summary>Delivers activities over HTTP on loopback: <c>POST /api/messages</c>, the replies in the response body.</summary>
internal sealed class HttpChannel : IBotChannel
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient client;

    public HttpChannel(HttpClient client)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
    }

    /// <summary>A client for many concurrent conversations to one loopback address: no connection limit, no proxy.</summary>
    public static HttpClient CreateClient(Uri address) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<TurnOutcome> SendAsync(byte[] activity, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(activity);
            content.Headers.ContentType = Json;
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var latency = Stopwatch.GetElapsedTime(started);
            return response.IsSuccessStatusCode
                ? TurnOutcome.Succeeded(TurnReplies.Parse(body), latency)
                : TurnOutcome.Failed($"HTTP {(int)response.StatusCode}", latency);
        }
        catch (HttpRequestException failure)
        {
            return TurnOutcome.Failed($"HTTP request failed: {failure.HttpRequestError}", Stopwatch.GetElapsedTime(started));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TurnOutcome.Failed("HTTP request timed out", Stopwatch.GetElapsedTime(started));
        }
    }
}

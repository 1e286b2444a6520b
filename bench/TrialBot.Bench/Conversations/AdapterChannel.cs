using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;

namespace TrialBot.Bench.Conversations;

/// <summary>
/// Delivers activities in-process to the host's adapter (<see cref="IBotFrameworkHttpAdapter.ProcessAsync"/>) with an
/// in-memory HTTP request and response: the adapter's own parsing, authentication, middleware, the bot and the
/// expectReplies response, without Kestrel and the network. Like the endpoint, it resolves the bot in a fresh
/// container scope for each turn. It measures the time and the bytes allocated (all threads) for that work; run turns
/// one at a time for the allocation figure to be the turn's own.
/// </summary>
internal sealed class AdapterChannel : IBotChannel
{
    private readonly IBotFrameworkHttpAdapter adapter;
    private readonly IServiceScopeFactory scopes;

    public AdapterChannel(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        adapter = services.GetRequiredService<IBotFrameworkHttpAdapter>();
        scopes = services.GetRequiredService<IServiceScopeFactory>();
    }

    public async Task<TurnOutcome> SendAsync(byte[] activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var responseBody = new MemoryStream();
        using var requestBody = new MemoryStream(activity, writable: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        int status;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Method = HttpMethods.Post;
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = activity.Length;
            context.Request.Body = requestBody;
            context.Response.Body = responseBody;
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }

        var latency = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return status == StatusCodes.Status200OK
            ? TurnOutcome.Succeeded(TurnReplies.Parse(responseBody.GetBuffer().AsSpan(0, (int)responseBody.Length)), latency, allocated)
            : TurnOutcome.Failed($"the adapter answered {status}", latency);
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace TrialBot.Widget.Tests.Support;

/// <summary>
/// What the page itself received from Direct Line: every activity set of its WebSocket stream (and of any poll,
/// <c>GET …/conversations/{id}/activities</c>) is read, so a test knows which question the bot asks from its <c>trialbot/question</c> entity, not by guessing from the text.
/// Direct Line requests that failed (HTTP 4xx/5xx or no answer) are recorded too.
/// </summary>
internal sealed class DirectLineTraffic
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SortedList<long, BotMessage>> conversations = new(StringComparer.Ordinal);
    private readonly List<string> failures = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DirectLineTraffic()
    {
    }

    /// <summary>The Direct Line requests of the page that failed, as "METHOD path: reason".</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (gate)
            {
                return [.. failures];
            }
        }
    }

    /// <summary>Starts recording the Direct Line traffic of <paramref name="page"/>.</summary>
    public static DirectLineTraffic Observe(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var traffic = new DirectLineTraffic();
        page.Response += (_, response) => traffic.OnResponse(response);
        page.RequestFailed += (_, request) => traffic.OnRequestFailed(request);
        page.WebSocket += (_, socket) =>
        {
            if (IsDirectLine(socket.Url))
            {
                socket.FrameReceived += (_, frame) => traffic.OnFrame(frame);
            }
        };
        return traffic;
    }

    /// <summary>Whether <paramref name="url"/> is a Direct Line address of the page.</summary>
    public static bool IsDirectLine(string url) => new Uri(url).AbsolutePath.Contains("/v3/directline/", StringComparison.Ordinal);

    /// <summary>
    /// The first message of the bot in <paramref name="conversationId"/> after <paramref name="afterSequence"/> that is
    /// <paramref name="wanted"/>, once the page has received it; a <see cref="TimeoutException"/> naming what did arrive
    /// when none has within <paramref name="limit"/>.
    /// </summary>
    public async Task<BotMessage> NextAsync(string conversationId, long afterSequence, Func<BotMessage, bool> wanted, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (true)
        {
            Task arrived;
            lock (gate)
            {
                var received = Received(conversationId).Where(message => message.Sequence > afterSequence).ToList();
                if (received.FirstOrDefault(wanted) is { } found)
                {
                    return found;
                }

                arrived = this.arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"No such message of the bot arrived within {limit.TotalSeconds} s after #{afterSequence}. " +
                    $"Received since: [{string.Join("; ", ReceivedSince(conversationId, afterSequence))}]. Failed requests: [{string.Join("; ", Failures)}]");
            }
        }
    }

    private IEnumerable<BotMessage> Received(string conversationId) =>
        conversations.TryGetValue(conversationId, out var messages) ? messages.Values : [];

    private List<BotMessage> ReceivedSince(string conversationId, long afterSequence)
    {
        lock (gate)
        {
            return [.. Received(conversationId).Where(message => message.Sequence > afterSequence)];
        }
    }

    private void OnResponse(IResponse response)
    {
        if (!IsDirectLine(response.Url))
        {
            return;
        }

        if (response.Status >= 400)
        {
            Fail(response.Request, $"HTTP {response.Status}");
            return;
        }

        if (response.Request.Method == "GET" && new Uri(response.Url).AbsolutePath.EndsWith("/activities", StringComparison.Ordinal))
        {
            _ = ReadPollAsync(response);
        }
    }

    private void OnFrame(IWebSocketFrame frame)
    {
        // Empty frames keep the connection alive.
        if (string.IsNullOrEmpty(frame.Text))
        {
            return;
        }

        try
        {
            using var set = JsonDocument.Parse(frame.Text);
            if (set.RootElement.ValueKind == JsonValueKind.Object && set.RootElement.TryGetProperty("activities", out var activities))
            {
                Record(activities);
            }
        }
        catch (JsonException)
        {
            lock (gate)
            {
                failures.Add("WebSocket frame: unreadable");
            }
        }
    }

    private void OnRequestFailed(IRequest request)
    {
        if (IsDirectLine(request.Url))
        {
            Fail(request, request.Failure ?? "no answer");
        }
    }

    private async Task ReadPollAsync(IResponse response)
    {
        JsonElement? page;
        try
        {
            page = await response.JsonAsync().ConfigureAwait(false);
        }
        catch (Exception unreadable) when (unreadable is PlaywrightException or JsonException)
        {
            Fail(response.Request, "unreadable body: " + unreadable.Message);
            return;
        }

        if (page is not { ValueKind: JsonValueKind.Object } set || !set.TryGetProperty("activities", out var activities))
        {
            Fail(response.Request, "no activities in the answer");
            return;
        }

        Record(activities);
    }

    private void Record(JsonElement activities)
    {
        lock (gate)
        {
            foreach (var message in activities.EnumerateArray().Select(BotMessage.Read).OfType<BotMessage>())
            {
                if (!conversations.TryGetValue(message.ConversationId, out var messages))
                {
                    conversations[message.ConversationId] = messages = [];
                }

                messages[message.Sequence] = message;
            }

            arrived.TrySetResult();
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void Fail(IRequest request, string reason)
    {
        lock (gate)
        {
            failures.Add($"{request.Method} {new Uri(request.Url).AbsolutePath}: {reason}");
        }
    }
}

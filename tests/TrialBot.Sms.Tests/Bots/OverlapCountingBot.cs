using Microsoft.Bot.Builder;

namespace TrialBot.Sms.Tests.Bots;

/// <summary>Counts how many of its turns ever ran at the same time; each turn yields for a moment so that overlaps can happen.</summary>
internal sealed class OverlapCountingBot : IBot
{
    private int running;
    private int mostAtOnce;
    private int turns;

    public int MostAtOnce => mostAtOnce;

    public int Turns => turns;

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref turns);
        var now = Interlocked.Increment(ref running);
        int seen;
        while (now > (seen = mostAtOnce) && Interlocked.CompareExchange(ref mostAtOnce, now, seen) != seen)
        {
        }

        await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        Interlocked.Decrement(ref running);
        await turnContext.SendActivityAsync("ok", cancellationToken: cancellationToken);
    }
}

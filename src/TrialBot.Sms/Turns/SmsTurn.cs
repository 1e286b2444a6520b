using Microsoft.Bot.Schema;

namespace TrialBot.Sms.Turns;

/// <summary>The result of the bot's turn for one SMS.</summary>
/// <param name="Outcome">How the turn ended.</param>
/// <param name="Replies">What the bot sent, when it <see cref="SmsTurnOutcome.Replied"/>; otherwise empty.</param>
internal sealed record SmsTurn(SmsTurnOutcome Outcome, IReadOnlyList<Activity> Replies)
{
    /// <summary>A turn that failed.</summary>
    public static SmsTurn Failed { get; } = new(SmsTurnOutcome.Failed, []);

    /// <summary>A turn that did not finish in time.</summary>
    public static SmsTurn TimedOut { get; } = new(SmsTurnOutcome.TimedOut, []);

    /// <summary>A finished turn with its replies.</summary>
    public static SmsTurn Replied(IReadOnlyList<Activity> replies) => new(SmsTurnOutcome.Replied, replies);
}

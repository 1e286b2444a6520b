using Newtonsoft.Json.Linq;

namespace TrialBot.Bot.Metrics;

/// <summary>
/// The random id of the conversation's current screening in the funnel's events, kept in the conversation's state (and
/// erased with it) as a plain JSON object <c>{"id": "…"}</c>, so that the stored state holds no .NET type names. It
/// names neither the person nor the conversation.
/// </summary>
public sealed class FunnelSession
{
    private const string IdProperty = "id";

    /// <summary>Initializes a new instance of the <see cref="FunnelSession"/> class over its stored object.</summary>
    /// <param name="state">The object stored in the conversation's state; changes to <see cref="Id"/> write to it.</param>
    public FunnelSession(JObject state) => State = state ?? throw new ArgumentNullException(nameof(state));

    /// <summary>The stored object.</summary>
    public JObject State { get; }

    /// <summary>The current screening's id, or null before the first screening.</summary>
    public string? Id
    {
        get => State.Value<string?>(IdProperty);
        set => State[IdProperty] = value;
    }
}

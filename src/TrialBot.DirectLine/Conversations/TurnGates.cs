namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// Lets one turn of a conversation run at a time in this process, so that turns (and their replies) keep their order:
/// a fixed set of gates, each conversation always entering the same one.
/// </summary>
internal sealed class TurnGates : IDisposable
{
    private readonly SemaphoreSlim[] gates = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>The gate of <paramref name="conversationId"/>.</summary>
    public SemaphoreSlim For(string conversationId) =>
        gates[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)gates.Length)];

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var gate in gates)
        {
            gate.Dispose();
        }
    }
}

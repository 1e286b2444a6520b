namespace TrialBot.Sms.Turns;

/// <summary>
/// One gate per sender, so that a person's messages are handled one at a time, in the order they got in. A gate exists
/// only while someone holds or waits for it.
/// </summary>
internal sealed class SenderTurnGates
{
    private readonly Dictionary<string, Gate> gates = new(StringComparer.Ordinal);

    /// <summary>How many senders have a gate held or waited for.</summary>
    public int Count
    {
        get
        {
            lock (gates)
            {
                return gates.Count;
            }
        }
    }

    /// <summary>Waits until <paramref name="sender"/>'s gate is free and takes it; dispose the result to let the next turn in.</summary>
    public async Task<IDisposable> EnterAsync(string sender, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        Gate gate;
        lock (gates)
        {
            if (!gates.TryGetValue(sender, out gate!))
            {
                gate = new Gate();
                gates.Add(sender, gate);
            }

            gate.Users++;
        }

        try
        {
            await gate.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(sender, gate, entered: false);
            throw;
        }

        return new Lease(this, sender, gate);
    }

    private void Leave(string sender, Gate gate, bool entered)
    {
        lock (gates)
        {
            if (entered)
            {
                gate.Turn.Release();
            }

            if (--gate.Users == 0)
            {
                gates.Remove(sender);
                gate.Turn.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(SenderTurnGates owner, string sender, Gate gate) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Leave(sender, gate, entered: true);
            }
        }
    }
}

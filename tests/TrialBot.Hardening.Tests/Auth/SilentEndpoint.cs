using System.Net;
using System.Net.Sockets;

namespace TrialBot.Hardening.Tests.Auth;

/// <summary>
/// A TCP port on loopback that accepts connections and never answers: what a firewall that drops packets, or a stuck
/// metadata server, looks like to an HTTPS client. Counts the connections it accepted.
/// </summary>
internal sealed class SilentEndpoint : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> held = [];
    private int accepted;

    public SilentEndpoint()
    {
        listener.Start();
        _ = AcceptForeverAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Accepted => Volatile.Read(ref accepted);

    public void Dispose()
    {
        listener.Stop();
        lock (held)
        {
            held.ForEach(client => client.Dispose());
        }
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync();
                lock (held)
                {
                    held.Add(client);
                }

                Interlocked.Increment(ref accepted);
            }
        }
        catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
        {
            // Disposed: the test is over.
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace TrialBot.Hardening.Tests.Auth;

/// <summary>
/// A TCP port on loopback that accepts connections and never answers: what a firewall that drops packets, or a stuck
/// metadata server, looks like to an HTTPS client. Counts the connections it accepted.
/// </summary>
internal sealed class SilentEndpoint : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private int _accepted;

    public SilentEndpoint()
    {
        _listener.Start();
        _ = AcceptForeverAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Accepted => Volatile.Read(ref _accepted);

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(client => client.Dispose());
        }
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                lock (_held)
                {
                    _held.Add(client);
                }

                Interlocked.Increment(ref _accepted);
            }
        }
        catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
        {
            // Disposed: the test is over.
        }
    }
}

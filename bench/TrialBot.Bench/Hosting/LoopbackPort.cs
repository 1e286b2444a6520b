using System.Net;
using System.Net.Sockets;

namespace TrialBot.Bench.Hosting;

/// <summary>A free TCP port on 127.0.0.1, for a child process to listen on.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

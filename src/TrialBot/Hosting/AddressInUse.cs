using System.Net;
using System.Net.Sockets;

namespace TrialBot.Host.Hosting;

/// <summary>
/// A taken listen address, found before the host starts so that a person gets one line naming it and <c>--urls</c>
/// instead of the server's exception (which remains caught as a fallback for a port taken in between).
/// </summary>
public static class AddressInUse
{
    /// <summary>Finds the first of <paramref name="urls"/> whose port another process listens on.</summary>
    /// <param name="urls">The addresses the host is to listen on (port 0 and unparsable ones are skipped).</param>
    /// <returns>The taken address, or null.</returns>
    public static string? FindTaken(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Port <= 0)
            {
                continue;
            }

            var address = uri.Host is "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
            if (address is not null && IsTaken(new IPEndPoint(address, uri.Port)))
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>Says which address is taken and how to choose another.</summary>
    /// <param name="url">The taken address.</param>
    /// <returns>The line.</returns>
    public static string Message(string url) =>
        $"TrialBot cannot start: {url} is already in use by another process. Stop it, or choose another address, for example: dotnet run --project src/TrialBot --urls http://localhost:3979";

    private static bool IsTaken(IPEndPoint endpoint)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(endpoint);
            return false;
        }
        catch (SocketException failure) when (failure.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            return false; // Not ours to judge (no such interface, no permission): the server reports it as it starts.
        }
    }
}

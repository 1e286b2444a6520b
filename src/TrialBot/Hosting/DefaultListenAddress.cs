using Microsoft.AspNetCore.Hosting;

namespace TrialBot.Host.Hosting;

/// <summary>
/// Listens on <see cref="Url"/>, the Bot Framework's customary local address, unless an address is configured the usual
/// ways: <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> or <c>Kestrel:Endpoints</c>.
/// </summary>
public static class DefaultListenAddress
{
    /// <summary>The address used when none is configured.</summary>
    public const string Url = "http://localhost:3978";

    /// <summary>Whether the configuration already says where to listen.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
    }

    /// <summary>Listens on <see cref="Url"/> when the configuration names no address.</summary>
    public static IWebHostBuilder UseDefaultListenAddress(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        return IsConfigured(configuration) ? webHost : webHost.UseUrls(Url);
    }
}

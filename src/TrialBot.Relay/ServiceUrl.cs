using Microsoft.AspNetCore.Http;

namespace TrialBot.Relay;

/// <summary>The <c>serviceUrl</c> activities of an in-process channel carry: this host's base address, as the request reached it.</summary>
public static class ServiceUrl
{
    /// <summary>The base address of <paramref name="request"/>, ending in a slash.</summary>
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/";
    }
}

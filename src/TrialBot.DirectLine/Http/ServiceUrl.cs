using Microsoft.AspNetCore.Http;

namespace TrialBot.DirectLine.Http;

/// <summary>The <c>serviceUrl</c> activities carry: this host's base address, as the request reached it.</summary>
internal static class ServiceUrl
{
    /// <summary>The base address of <paramref name="request"/>, ending in a slash.</summary>
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/";
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using TrialBot.Host.Configuration;

namespace TrialBot.Host.Referrals;

/// <summary>
/// Guards the referral API. Off (no <c>Referrals:ApiKey</c>): 404, as if the routes did not exist. On: the request must
/// carry the key in <c>X-Api-Key</c> or as <c>Authorization: Bearer</c>, else 401 with problem details saying why. Keys
/// are compared in constant time (as SHA-256 digests, so their lengths do not show either). Responses are not cached.
/// </summary>
internal sealed partial class ReferralApiKeyFilter(IOptions<ReferralApiOptions> options, ILogger<ReferralApiKeyFilter> logger) : IEndpointFilter
{
    /// <summary>The header that carries the key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    private const string BearerPrefix = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var expected = options.Value.ApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            return TypedResults.NotFound();
        }

        var http = context.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        var presented = PresentedKey(http.Request);
        if (presented is null)
        {
            return Unauthorized(http, $"An API key is required: send it in the {ApiKeyHeader} header or as 'Authorization: Bearer <key>'.");
        }

        if (!Matches(presented, expected))
        {
            LogWrongKey(logger);
            return Unauthorized(http, "The API key is not valid.");
        }

        http.Items[ReferralAccess.ApiKeyItem] = true;
        return await next(context).ConfigureAwait(false);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var apiKey = request.Headers[ApiKeyHeader];
        if (apiKey.Count > 0)
        {
            return apiKey.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }

    private static bool Matches(string presented, string expected)
        => CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static ProblemHttpResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "Refused a referral API request with a wrong API key")]
    private static partial void LogWrongKey(ILogger logger);
}

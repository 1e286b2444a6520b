using Microsoft.AspNetCore.Http;

namespace TrialBot.DirectLine.Http;

/// <summary>An HTTP response whose body is written with <see cref="BotJson"/>; never cached (it may hold a token).</summary>
internal sealed class NewtonsoftJsonResult(object body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.Headers.CacheControl = "no-store";
        return httpContext.Response.WriteAsync(BotJson.Serialize(body), httpContext.RequestAborted);
    }
}

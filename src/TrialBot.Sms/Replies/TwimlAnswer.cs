using Microsoft.AspNetCore.Http;
using Twilio.TwiML;

namespace TrialBot.Sms.Replies;

/// <summary>The webhook's answer: TwiML with one <c>&lt;Message&gt;</c> per text (an empty <c>&lt;Response/&gt;</c> for none), as <c>application/xml</c> in UTF-8.</summary>
internal sealed class TwimlAnswer(IReadOnlyList<string> messages) : IResult
{
    /// <summary>The content type of the answer.</summary>
    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>An answer that sends nothing.</summary>
    public static TwimlAnswer Empty { get; } = new([]);

    /// <summary>The TwiML document.</summary>
    public string ToXml()
    {
        var response = new MessagingResponse();
        foreach (var message in messages)
        {
            response.Message(message);
        }

        return response.ToString();
    }

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.Headers.CacheControl = "no-store";
        return httpContext.Response.WriteAsync(ToXml(), httpContext.RequestAborted);
    }
}

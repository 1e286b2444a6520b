using Microsoft.AspNetCore.Http;

namespace TrialBot.Sms.Webhook;

/// <summary>A refused webhook request: its status and the reason, answered as problem details (Twilio's debugger shows the body).</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Reason">What is wrong, for the caller.</param>
internal sealed record SmsRefusal(int Status, string Reason)
{
    /// <summary>A 400: the request is malformed as <paramref name="reason"/> says.</summary>
    public static SmsRefusal BadRequest(string reason) => new(StatusCodes.Status400BadRequest, reason);

    /// <summary>A 403: the request is not signed by Twilio with this account's Auth Token.</summary>
    public static SmsRefusal Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason);

    /// <summary>This refusal as an HTTP response.</summary>
    public IResult ToResult() => Results.Problem(detail: Reason, statusCode: Status);
}

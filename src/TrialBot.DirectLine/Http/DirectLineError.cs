using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;

namespace TrialBot.DirectLine.Http;

/// <summary>
/// A refused request, answered in Direct Line's error shape <c>{"error":{"code":…,"message":…}}</c> so that Direct Line
/// clients read the reason.
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Code">Direct Line's stable error code.</param>
/// <param name="Message">A human-readable reason.</param>
internal sealed record DirectLineError(int Status, string Code, string Message)
{
    /// <summary>No <c>Authorization: Bearer</c> token was sent.</summary>
    public static DirectLineError MissingToken() =>
        new(StatusCodes.Status401Unauthorized, "MissingToken", "Send the conversation token as 'Authorization: Bearer <token>'.");

    /// <summary>The token was altered, malformed or signed with another key.</summary>
    public static DirectLineError InvalidToken(string reason) =>
        new(StatusCodes.Status403Forbidden, "InvalidToken", reason);

    /// <summary>The token's lifetime is over.</summary>
    public static DirectLineError TokenExpired() =>
        new(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; start a new conversation.");

    /// <summary>The token belongs to another conversation.</summary>
    public static DirectLineError WrongConversation() =>
        new(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation.");

    /// <summary>The conversation does not exist (never started, or forgotten after being idle).</summary>
    public static DirectLineError ConversationNotFound() =>
        new(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist or has expired; start a new conversation.");

    /// <summary>The request is malformed; <paramref name="reason"/> says how.</summary>
    public static DirectLineError BadArgument(string reason) =>
        new(StatusCodes.Status400BadRequest, "BadArgument", reason);

    /// <summary>The request body is larger than allowed.</summary>
    public static DirectLineError PayloadTooLarge(int maximumBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "BadArgument", $"The request body is larger than {maximumBytes} bytes.");

    /// <summary>Too many conversations are open.</summary>
    public static DirectLineError TooManyConversations() =>
        new(StatusCodes.Status503ServiceUnavailable, "ServiceError", "Too many conversations are open; try again later.");

    /// <summary>The bot failed while handling the activity.</summary>
    public static DirectLineError BotError() =>
        new(StatusCodes.Status502BadGateway, "BotError", "The bot failed to handle the activity.");

    /// <summary>The bot did not finish its turn in time; its replies arrive later.</summary>
    public static DirectLineError BotTimeout() =>
        new(StatusCodes.Status504GatewayTimeout, "BotTimeout", "The bot is taking longer than usual; its answer will appear when ready.");

    /// <summary>The upstream Direct Line service refused or failed.</summary>
    public static DirectLineError ServiceError(string reason) =>
        new(StatusCodes.Status502BadGateway, "ServiceError", reason);

    /// <summary>This error as an HTTP response.</summary>
    public IResult ToResult() => new NewtonsoftJsonResult(new ErrorResponse(new Error(Code, Message)), Status);
}

namespace TrialBot.Host.Messages;

/// <summary>Why a request to <c>/api/messages</c> was refused before it reached the adapter.</summary>
/// <param name="StatusCode">The HTTP status: 400, 413 or 415.</param>
/// <param name="Title">A short summary.</param>
/// <param name="Detail">What is wrong, in terms the caller can fix.</param>
internal sealed record ActivityRequestProblem(int StatusCode, string Title, string Detail)
{
    public static ActivityRequestProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "The request is not a valid activity.", detail);
}

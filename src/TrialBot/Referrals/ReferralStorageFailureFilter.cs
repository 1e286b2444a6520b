using System.Data.Common;

namespace TrialBot.Host.Referrals;

/// <summary>Answers 503 with problem details, instead of a 500, when the referral store cannot be reached; the log
/// keeps the exception's type only (its message may hold connection details).</summary>
internal sealed partial class ReferralStorageFailureFilter(ILogger<ReferralStorageFailureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DbException or TimeoutException)
        {
            LogStorageUnavailable(logger, failure.GetType().FullName ?? failure.GetType().Name);
            return TypedResults.Problem(
                "The referral store cannot be reached right now; try again in a minute.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Referrals are unavailable.");
        }
    }

    [LoggerMessage(EventId = 51, Level = LogLevel.Error, Message = "A referral API request failed: storage unavailable ({ExceptionType})")]
    private static partial void LogStorageUnavailable(ILogger logger, string exceptionType);
}

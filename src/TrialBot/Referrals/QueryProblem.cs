namespace TrialBot.Host.Referrals;

/// <summary>A query or route value the referral API cannot use.</summary>
/// <param name="Parameter">The parameter's name, as the caller wrote it.</param>
/// <param name="Message">What is wrong with it and what is accepted.</param>
internal sealed record QueryProblem(string Parameter, string Message)
{
    /// <summary>The 400 response: validation problem details whose <c>errors</c> name the parameter.</summary>
    public IResult ToResult() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [Parameter] = [Message] },
        detail: $"{Parameter}: {Message}",
        title: "A request parameter is not valid.");
}

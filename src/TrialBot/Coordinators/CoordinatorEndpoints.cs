using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TrialBot.Host.Coordinators.Dashboard;
using TrialBot.Host.Referrals;
using TrialBot.Screening.Definition;
using TrialBot.Storage.Coordinators;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Coordinators;

/// <summary>
/// The calls of the coordinators' web app (<c>/coordinators</c>, static files in wwwroot/coordinators), all under
/// <c>/coordinators/api</c>, over HTTPS (<see cref="SecureTransportFilter"/>), never cached: <c>GET session</c> (who is signed in, their sites, the anti-forgery token),
/// <c>POST signin</c> (a local account; limited per address and account), <c>POST signout</c>, the referral calls of
/// <see cref="ReferralEndpoints"/> under <c>referrals</c> (a signed-in account, its sites only) and <c>GET dashboard</c>.
/// Every POST needs the anti-forgery token in <see cref="CoordinatorsServiceCollectionExtensions.AntiforgeryHeader"/>.
/// <c>GET /coordinators/signin/oidc</c> starts an OpenID Connect sign-in when one is configured (else 404).
/// </summary>
public static partial class CoordinatorEndpoints
{
    /// <summary>The web app's address.</summary>
    public const string Route = "/coordinators";

    /// <summary>Maps the web app's calls.</summary>
    /// <param name="endpoints">The application.</param>
    /// <returns>The application.</returns>
    public static IEndpointRouteBuilder MapCoordinators(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route + "/signin/oidc", ChallengeOidcAsync).WithName("CoordinatorsOidcSignIn");
        var api = endpoints.MapGroup(Route + "/api")
            .AddEndpointFilter<SecureTransportFilter>()
            .AddEndpointFilter<NoStoreFilter>()
            .AddEndpointFilter<AntiforgeryFilter>();
        api.MapGet("/session", Session).WithName("CoordinatorsSession");
        api.MapPost("/signin", SignInAsync).WithName("CoordinatorsSignIn");
        api.MapPost("/signout", (Delegate)SignOutAsync).WithName("CoordinatorsSignOut");
        ReferralEndpoints.MapReferralRoutes(api.MapGroup("/referrals").RequireAuthorization(CoordinatorClaims.Policy), "Coordinators");
        api.MapGet("/dashboard", DashboardAsync).RequireAuthorization(CoordinatorClaims.Policy).AddEndpointFilter<ReferralStorageFailureFilter>().WithName("CoordinatorsDashboard");
        return endpoints;
    }

    private static Ok<SessionResource> Session(HttpContext http, [FromServices] IAntiforgery antiforgery, [FromServices] IOptions<CoordinatorOptions> options, [FromServices] TrialDefinition definition, [FromServices] TrialSet trials)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var user = http.User;
        var signedIn = user.Identity?.IsAuthenticated == true && user.HasClaim(claim => claim.Type == ReferralAccess.SiteClaimType);
        var sites = signedIn ? CoordinatorClaims.SitesOf(user) : [];
        var oidc = options.Value.Oidc;
        return TypedResults.Ok(new SessionResource(
            signedIn,
            signedIn ? user.Identity!.Name : null,
            [.. sites.Select(id => new SiteResource(id, definition.Sites.FirstOrDefault(site => site.Id == id) is { } known ? new ReferralText(known.Name.En, known.Name.Zh) : new ReferralText(id, id)))],
            [.. definition.Questions.Select(question => new QuestionResource(question.Id, new ReferralText(question.Label.En, question.Label.Zh)))],
            definition.Id,
            [.. trials.Trials.Select(trial => trial.Id)],
            tokens.RequestToken!,
            oidc.IsEnabled ? oidc.DisplayName : null));
    }

    private static async Task<IResult> SignInAsync(HttpContext http, [FromServices] SignInThrottle throttle, [FromServices] LocalSignIn signIn, [FromServices] ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (request, problem) = await RequestBody.ReadAsync<SignInRequest>(http.Request, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return problem!.ToResult();
        }

        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return new QueryProblem(string.IsNullOrWhiteSpace(request.Email) ? "email" : "password", "is required.").ToResult();
        }

        var email = CoordinatorAccount.NormalizeEmail(request.Email);
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var logger = loggers.CreateLogger(typeof(CoordinatorEndpoints).FullName!);
        if (throttle.TryAttempt(address, email) is { } wait)
        {
            LogThrottled(logger);
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem("Too many sign-in attempts: try again later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts.");
        }

        if (await signIn.CheckAsync(email, request.Password, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            LogRefused(logger);
            return TypedResults.Problem("The e-mail address or the password is not right.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused.");
        }

        await http.SignInAsync(CoordinatorClaims.Scheme, CoordinatorClaims.Principal(account.Email, account.SiteIds, CoordinatorClaims.LocalMethod)).ConfigureAwait(false);
        LogSignedIn(logger, account.SiteIds.Count);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CoordinatorClaims.Scheme).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ChallengeOidcAsync(HttpContext http, [FromServices] IOptions<CoordinatorOptions> options)
    {
        if (!options.Value.Oidc.IsEnabled)
        {
            return TypedResults.NotFound();
        }

        await http.ChallengeAsync(CoordinatorClaims.OidcScheme, new AuthenticationProperties { RedirectUri = Route + "/" }).ConfigureAwait(false);
        return TypedResults.Empty;
    }

    private static async Task<IResult> DashboardAsync(HttpContext http, [FromServices] IFunnelEventStore funnel, [FromServices] IReferralStore referrals, [FromServices] IReferralAccess access, [FromServices] DashboardBuilder builder, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!DashboardQuery.TryRead(http.Request.Query, clock.GetUtcNow(), out var query, out var problem))
        {
            return problem.ToResult();
        }

        var scope = access.ScopeOf(http);
        var events = await funnel.ListAsync(query.From, query.Before, cancellationToken).ConfigureAwait(false);
        var made = await referrals.ListAsync(scope, new ReferralFilter { CreatedFrom = query.From, CreatedBefore = query.Before }, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(builder.Build(query, scope, events, made));
    }

    [LoggerMessage(EventId = 80, Level = LogLevel.Information, Message = "A coordinator signed in with a local account of {SiteCount} sites")]
    private static partial void LogSignedIn(ILogger logger, int siteCount);

    [LoggerMessage(EventId = 81, Level = LogLevel.Warning, Message = "Refused a coordinator's sign-in: wrong e-mail address or password")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(EventId = 82, Level = LogLevel.Warning, Message = "Refused a coordinator's sign-in: too many attempts")]
    private static partial void LogThrottled(ILogger logger);

    /// <summary>The body of <c>POST /coordinators/api/signin</c>.</summary>
    internal sealed record SignInRequest(string? Email, string? Password);

    /// <summary>The answer of <c>GET /coordinators/api/session</c>.</summary>
    /// <param name="SignedIn">Whether a coordinator is signed in.</param>
    /// <param name="Name">Who, when signed in.</param>
    /// <param name="Sites">Their sites.</param>
    /// <param name="Questions">The questions asked, with their labels.</param>
    /// <param name="TrialId">The trial screened for (with several, the one whose general texts are used).</param>
    /// <param name="TrialIds">Every trial screened for, in the configured order: the choices of the trial filters.</param>
    /// <param name="AntiforgeryToken">The token every change carries.</param>
    /// <param name="Oidc">The name of the OpenID Connect sign-in, when one is configured.</param>
    internal sealed record SessionResource(bool SignedIn, string? Name, IReadOnlyList<SiteResource> Sites, IReadOnlyList<QuestionResource> Questions, string TrialId, IReadOnlyList<string> TrialIds, string AntiforgeryToken, string? Oidc);

    /// <summary>A site with its name in both languages.</summary>
    internal sealed record SiteResource(string Id, ReferralText Name);

    /// <summary>A question with its label in both languages.</summary>
    internal sealed record QuestionResource(string Id, ReferralText Label);
}

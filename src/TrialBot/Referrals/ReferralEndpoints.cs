using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals;

/// <summary>
/// The referral API for site coordinators, on only when <c>Referrals:ApiKey</c> is set (else 404), every request
/// authenticated by that key (<see cref="ReferralApiKeyFilter"/>):
/// <c>GET /api/referrals</c> (filters and format: <see cref="ReferralQuery"/>), <c>GET /api/referrals/{id}</c> and
/// <c>POST /api/referrals/{id}/contacted</c> (204). Bad parameters get 400 naming them; an unknown id 404; an
/// unreachable store 503.
/// </summary>
public static class ReferralEndpoints
{
    /// <summary>The route of the list; single referrals live under it.</summary>
    public const string Route = "/api/referrals";

    private const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>UTF-8 with a byte order mark, so that spreadsheet programs read Chinese names correctly.</summary>
    private static readonly UTF8Encoding CsvEncoding = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Registers what the referral API needs: the default <see cref="IReferralAccess"/> (kept when another is
    /// registered first).</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddReferralApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IReferralAccess, ReferralAccess>();
        return services;
    }

    /// <summary>Maps the referral API.</summary>
    public static RouteGroupBuilder MapReferralApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(Route)
            .AddEndpointFilter<ReferralApiKeyFilter>()
            .AddEndpointFilter<ReferralStorageFailureFilter>();
        group.MapGet("/", ListAsync).WithName("ListReferrals");
        group.MapGet("/{id}", GetAsync).WithName("GetReferral");
        group.MapPost("/{id}/contacted", MarkContactedAsync).WithName("MarkReferralContacted");
        return group;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ReferralQuery.TryRead(request.Query, out var query, out var problem))
        {
            return problem.ToResult();
        }

        var referrals = await store.ListAsync(access.ScopeOf(request.HttpContext), query.Filter, cancellationToken).ConfigureAwait(false);
        if (query.Format == ReferralExportFormat.Json)
        {
            return TypedResults.Ok(referrals.Select(ReferralResource.From).ToList());
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"referrals-{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}.csv");
        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, CsvEncoding, leaveOpen: true);
                await ReferralCsv.WriteAsync(writer, referrals, cancellationToken).ConfigureAwait(false);
            },
            CsvContentType,
            fileName);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, CancellationToken cancellationToken)
    {
        if (!TryReadId(id, out var referralId, out var problem))
        {
            return problem.ToResult();
        }

        return await store.GetAsync(access.ScopeOf(http), referralId, cancellationToken).ConfigureAwait(false) is { } referral
            ? TypedResults.Ok(ReferralResource.From(referral))
            : NotFound(referralId);
    }

    private static async Task<IResult> MarkContactedAsync(string id, HttpContext http, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, CancellationToken cancellationToken)
    {
        if (!TryReadId(id, out var referralId, out var problem))
        {
            return problem.ToResult();
        }

        return await store.MarkContactedAsync(access.ScopeOf(http), referralId, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : NotFound(referralId);
    }

    private static bool TryReadId(string id, out Guid referralId, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out QueryProblem? problem)
    {
        problem = Guid.TryParse(id, CultureInfo.InvariantCulture, out referralId) && referralId != Guid.Empty
            ? null
            : new QueryProblem("id", $"'{id}' is not a referral id (a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).");
        return problem is null;
    }

    private static ProblemHttpResult NotFound(Guid id)
        => TypedResults.Problem($"There is no referral with id {id:D}.", statusCode: StatusCodes.Status404NotFound, title: "Referral not found.");
}

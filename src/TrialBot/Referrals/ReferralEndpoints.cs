using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrialBot.Host.Referrals.Fhir;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals;

/// <summary>
/// The referral API for site coordinators, on only when <c>Referrals:ApiKey</c> is set (else 404), every request
/// authenticated by that key (<see cref="ReferralApiKeyFilter"/>) and every query kept inside the caller's sites
/// (<see cref="IReferralAccess"/>):
/// <c>GET /api/referrals</c> (filters and format: <see cref="ReferralQuery"/>), <c>GET /api/referrals/{id}</c>
/// (<c>?format=fhir</c> for a FHIR Bundle), <c>GET /api/referrals/workflow</c> (the allowed transitions),
/// <c>POST /api/referrals/{id}/status</c>, <c>POST /api/referrals/{id}/notes</c> and
/// <c>POST /api/referrals/{id}/contacted</c> (204). Bad parameters get 400 naming them; an unknown id 404; a change
/// the workflow does not allow 409 with the allowed ones; an unreachable store 503.
/// </summary>
public static class ReferralEndpoints
{
    /// <summary>The route of the list; single referrals live under it.</summary>
    public const string Route = "/api/referrals";

    private const string CsvContentType = "text/csv; charset=utf-8";
    private const string FhirContentType = "application/fhir+json; charset=utf-8";

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
        services.TryAddSingleton<ReferralFhirExporter>();
        return services;
    }

    /// <summary>Maps the referral API.</summary>
    public static RouteGroupBuilder MapReferralApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(Route)
            .AddEndpointFilter<ReferralApiKeyFilter>();
        MapReferralRoutes(group, namePrefix: string.Empty);
        endpoints.MapGroup("/api/trial")
            .AddEndpointFilter<ReferralApiKeyFilter>()
            .MapGet("/questionnaire", Questionnaire).WithName("TrialQuestionnaire");
        return group;
    }

    /// <summary>
    /// Maps the referral calls (list, workflow, one referral, status, notes, contacted) on <paramref name="group"/>, whose
    /// filters decide who may call them; every call keeps to the caller's scope (<see cref="IReferralAccess"/>). The
    /// referral API maps them behind its key; the coordinators' web app behind a signed-in account.
    /// </summary>
    /// <param name="group">The group to map on.</param>
    /// <param name="namePrefix">Prefixed to the endpoints' names, which must be unique in the application.</param>
    /// <returns>The group.</returns>
    internal static RouteGroupBuilder MapReferralRoutes(RouteGroupBuilder group, string namePrefix)
    {
        group.AddEndpointFilter<ReferralStorageFailureFilter>();
        group.MapGet("/", ListAsync).WithName(namePrefix + "ListReferrals");
        group.MapGet("/workflow", Workflow).WithName(namePrefix + "ReferralWorkflow");
        group.MapGet("/{id}", GetAsync).WithName(namePrefix + "GetReferral");
        group.MapPost("/{id}/status", ChangeStatusAsync).WithName(namePrefix + "ChangeReferralStatus");
        group.MapPost("/{id}/notes", AddNoteAsync).WithName(namePrefix + "AddReferralNote");
        group.MapPost("/{id}/contacted", MarkContactedAsync).WithName(namePrefix + "MarkReferralContacted");
        return group;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, [FromServices] ReferralFhirExporter fhir, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ReferralQuery.TryRead(request.Query, out var query, out var problem))
        {
            return problem.ToResult();
        }

        var referrals = await store.ListAsync(access.ScopeOf(request.HttpContext), query.Filter, cancellationToken).ConfigureAwait(false);
        switch (query.Format)
        {
            case ReferralExportFormat.Json:
                var screenings = await ScreeningsPerPersonAsync(store, access.ScopeOf(request.HttpContext), query.Filter, referrals, cancellationToken).ConfigureAwait(false);
                return TypedResults.Ok(referrals.Select(referral => ReferralResource.From(referral, personScreenings: screenings.GetValueOrDefault(referral.PersonKey, 1))).ToList());
            case ReferralExportFormat.Fhir:
                return TypedResults.Text(fhir.Serialize(fhir.Export(referrals)), FhirContentType);
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"referrals-{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}.csv");
        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, CsvEncoding, leaveOpen: true);
                await ReferralCsv.WriteAsync(writer, referrals, query.Language, cancellationToken).ConfigureAwait(false);
            },
            CsvContentType,
            fileName);
    }

    /// <summary>How many screenings of each person the caller can see: counted in the list itself when it is unfiltered,
    /// else in the caller's whole scope (one more query).</summary>
    private static async Task<Dictionary<string, int>> ScreeningsPerPersonAsync(IReferralStore store, ReferralScope scope, ReferralFilter filter, IReadOnlyList<Referral> listed, CancellationToken cancellationToken)
    {
        var everyone = filter == ReferralFilter.All || listed.Count == 0
            ? listed
            : await store.ListAsync(scope, ReferralFilter.All, cancellationToken).ConfigureAwait(false);
        return everyone.Where(referral => !string.IsNullOrEmpty(referral.PersonKey))
            .GroupBy(referral => referral.PersonKey, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
    }

    private static Ok<WorkflowResource> Workflow() =>
        TypedResults.Ok(new WorkflowResource(ReferralStatuses.All, ReferralWorkflow.Transitions, ReferralWorkflow.NeedReason));

    private static IResult Questionnaire(HttpRequest request, [FromServices] ReferralFhirExporter fhir)
    {
        var format = request.Query["format"].ToString();
        if (request.Query.Keys.Any(key => key != "format") || (format.Length > 0 && !string.Equals(format, "fhir", StringComparison.OrdinalIgnoreCase)))
        {
            return new QueryProblem("format", "the trial's questions are given as a FHIR Questionnaire: use format=fhir (or nothing).").ToResult();
        }

        return TypedResults.Text(fhir.Serialize(fhir.Questionnaire()), FhirContentType);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, [FromServices] ReferralFhirExporter fhir, CancellationToken cancellationToken)
    {
        if (!TryReadId(id, out var referralId, out var problem))
        {
            return problem.ToResult();
        }

        var format = http.Request.Query["format"].ToString();
        if (http.Request.Query.Keys.Any(key => key != "format") || format is not ("" or "json" or "fhir"))
        {
            return new QueryProblem("format", $"'{format}' is not one of json, fhir (and no other parameter is taken).").ToResult();
        }

        var scope = access.ScopeOf(http);
        if (await store.GetAsync(scope, referralId, cancellationToken).ConfigureAwait(false) is not { } referral)
        {
            return NotFound(referralId);
        }

        var screenings = string.IsNullOrEmpty(referral.PersonKey)
            ? [referral]
            : await store.ListAsync(scope, new ReferralFilter { PersonKey = referral.PersonKey }, cancellationToken).ConfigureAwait(false);
        return format == "fhir"
            ? TypedResults.Text(fhir.Serialize(fhir.Export([referral])), FhirContentType)
            : TypedResults.Ok(ReferralResource.From(referral, screenings));
    }

    private static async Task<IResult> ChangeStatusAsync(string id, HttpContext http, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, CancellationToken cancellationToken)
    {
        if (!TryReadId(id, out var referralId, out var problem))
        {
            return problem.ToResult();
        }

        var (request, bodyProblem) = await RequestBody.ReadAsync<StatusRequest>(http.Request, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return bodyProblem!.ToResult();
        }

        if (!ReferralWorkflow.IsStatus(request.Status))
        {
            return new QueryProblem("status", $"'{request.Status}' is not a referral status; use one of {string.Join(", ", ReferralStatuses.All)}.").ToResult();
        }

        if (ReferralWorkflow.NeedReason.Contains(request.Status!) && string.IsNullOrWhiteSpace(request.Note))
        {
            return new QueryProblem("note", $"a change to '{request.Status}' needs a note saying why.").ToResult();
        }

        var change = new StatusChange(request.Status!, access.ActorOf(http), string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        var result = await store.ChangeStatusAsync(access.ScopeOf(http), referralId, change, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            StatusChangeOutcome.Changed => TypedResults.Ok(ReferralResource.From(result.Referral!)),
            StatusChangeOutcome.NotAllowed => TypedResults.Problem(result.Problem, statusCode: StatusCodes.Status409Conflict, title: "The workflow does not allow this change."),
            _ => NotFound(referralId),
        };
    }

    private static async Task<IResult> AddNoteAsync(string id, HttpContext http, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TryReadId(id, out var referralId, out var problem))
        {
            return problem.ToResult();
        }

        var (request, bodyProblem) = await RequestBody.ReadAsync<NoteRequest>(http.Request, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return bodyProblem!.ToResult();
        }

        var kind = string.IsNullOrWhiteSpace(request.Kind) ? ReferralEventKinds.Note : request.Kind.Trim();
        if (!ReferralEventKinds.Added.Contains(kind, StringComparer.Ordinal))
        {
            return new QueryProblem("kind", $"'{kind}' is not one of {string.Join(", ", ReferralEventKinds.Added)}.").ToResult();
        }

        if (kind == ReferralEventKinds.Note && string.IsNullOrWhiteSpace(request.Note))
        {
            return new QueryProblem("note", "a note needs its text.").ToResult();
        }

        var entry = new ReferralEvent(clock.GetUtcNow(), access.ActorOf(http), kind, null, null, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        return await store.AddEventAsync(access.ScopeOf(http), referralId, entry, cancellationToken).ConfigureAwait(false) is { } referral
            ? TypedResults.Ok(ReferralResource.From(referral))
            : NotFound(referralId);
    }

    private static async Task<IResult> MarkContactedAsync(string id, HttpContext http, [FromServices] IReferralStore store, [FromServices] IReferralAccess access, CancellationToken cancellationToken)
    {
        if (!TryReadId(id, out var referralId, out var problem))
        {
            return problem.ToResult();
        }

        return await store.MarkContactedAsync(access.ScopeOf(http), referralId, access.ActorOf(http), cancellationToken).ConfigureAwait(false)
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

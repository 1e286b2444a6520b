using System.Text.Json;

namespace TrialBot.Host.Referrals;

/// <summary>The body of <c>POST /api/referrals/{id}/status</c>: the new status and a note (required for
/// <c>not-eligible</c>: the reason).</summary>
/// <param name="Status">The new status.</param>
/// <param name="Note">Why, or what happened.</param>
internal sealed record StatusRequest(string? Status, string? Note);

/// <summary>The body of <c>POST /api/referrals/{id}/notes</c>: a note or a contact attempt.</summary>
/// <param name="Kind"><c>note</c> (the default) or <c>contact-attempt</c>.</param>
/// <param name="Note">The text.</param>
internal sealed record NoteRequest(string? Kind, string? Note);

/// <summary>Reads a JSON request body, or says why it cannot.</summary>
internal static class RequestBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The body as <typeparamref name="T"/>, or a problem naming what is wrong.</summary>
    public static async Task<(T? Value, QueryProblem? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new QueryProblem("body", "send a JSON object with Content-Type: application/json."));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken).ConfigureAwait(false);
            return value is null ? (null, new QueryProblem("body", "send a JSON object.")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, new QueryProblem("body", "is not a JSON object of the expected shape."));
        }
    }
}

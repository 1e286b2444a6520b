using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Host.Messages;

/// <summary>
/// Checks a request to <c>/api/messages</c> before the adapter sees it: JSON content type, size, and an activity with
/// the fields a turn needs. The body is parsed with the Bot Framework's own serializer, so what passes here is what the
/// adapter reads; the buffered body then replaces the request's, for the adapter to read again.
/// </summary>
internal static class ActivityRequestValidator
{
    private const int ReadChunkBytes = 16 * 1024;

    /// <summary>Returns the problem with the request, or null when the adapter may process it.</summary>
    public static async Task<ActivityRequestProblem?> ValidateAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!IsJson(request.ContentType))
        {
            return new ActivityRequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported content type.",
                $"The body must be a Bot Framework activity sent as application/json; the content type was '{request.ContentType ?? "(none)"}'.");
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, request.ContentLength, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return new ActivityRequestProblem(
                StatusCodes.Status413PayloadTooLarge,
                "The activity is too large.",
                $"The body must be at most {maxBytes} bytes.");
        }

        request.HttpContext.Response.RegisterForDispose(body);
        var (problem, activity) = Check(body);
        if (activity is not null)
        {
            request.HttpContext.Items[ValidatedActivityKey] = activity;
        }

        body.Position = 0;
        request.Body = body;
        return problem;
    }

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var charsetIsUtf8 = !mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
                && mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
        return isJson && charsetIsUtf8;
    }

    // Null when the body is longer than maxBytes; reads at most maxBytes + 1 bytes to find out.
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream source, int maxBytes, long? declaredLength, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return null;
        }

        var body = new MemoryStream(declaredLength is > 0 ? (int)declaredLength.Value : ReadChunkBytes);
        var chunk = new byte[ReadChunkBytes];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                await body.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            body.Write(chunk, 0, read);
        }

        body.Position = 0;
        return body;
    }

    /// <summary>The key of <see cref="HttpContext.Items"/> under which a valid request's activity is kept for the filters after validation.</summary>
    public const string ValidatedActivityKey = "trialbot.validated-activity";

    /// <summary>The body is read without the line positions Newtonsoft would otherwise keep on every token (a wrong type is reported by its path).</summary>
    private static readonly JsonLoadSettings NoLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    private static (ActivityRequestProblem? Problem, Activity? Activity) Check(MemoryStream body)
    {
        JToken? json;
        try
        {
            using var text = new StreamReader(body, leaveOpen: true);
            using var reader = new JsonTextReader(text) { CloseInput = false, DateParseHandling = DateParseHandling.None };
            json = JToken.ReadFrom(reader, NoLineInfo);
        }
        catch (JsonReaderException notJson)
        {
            // The reader's message can quote the body; only the position is reported.
            return (ActivityRequestProblem.BadRequest($"The body is not valid JSON (line {notJson.LineNumber}, position {notJson.LinePosition})."), null);
        }

        if (json is not JObject)
        {
            return (ActivityRequestProblem.BadRequest("The body must be a JSON object: a Bot Framework activity."), null);
        }

        Activity activity;
        try
        {
            activity = json.ToObject<Activity>(HttpHelper.BotMessageSerializer)!;
        }
        catch (JsonReaderException wrongType)
        {
            return (WrongType(wrongType.Path), null);
        }
        catch (JsonSerializationException wrongType)
        {
            return (WrongType(wrongType.Path), null);
        }

        var problem = Missing(activity) is { } field
            ? ActivityRequestProblem.BadRequest($"The activity has no '{field}'.")
            : CheckServiceUrl(activity);
        return (problem, problem is null ? activity : null);
    }

    private static ActivityRequestProblem WrongType(string? path)
        => ActivityRequestProblem.BadRequest($"The body is not a Bot Framework activity: the value at '{path}' has the wrong type.");

    private static string? Missing(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation.id";
        }

        return string.IsNullOrWhiteSpace(activity.From?.Id) ? "from.id" : null;
    }

    // The adapter creates its connector client from serviceUrl even when replies come back in the response
    // (deliveryMode expectReplies), so it is always required.
    private static ActivityRequestProblem? CheckServiceUrl(Activity activity)
    {
        var valid = Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp);
        return valid ? null : ActivityRequestProblem.BadRequest("The activity needs an absolute http(s) 'serviceUrl'.");
    }
}

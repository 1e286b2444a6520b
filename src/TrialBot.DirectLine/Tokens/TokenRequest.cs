using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Tokens;

/// <summary>
/// What the page may ask for when it asks for a token: <c>{"user":{"id":"dl_…","name":…}}</c>, every part optional.
/// As in Azure's Direct Line, a user id chosen by the client starts with <c>dl_</c>; without one, a random one is drawn.
/// </summary>
/// <param name="UserId">The user the token speaks for.</param>
/// <param name="UserName">The user's display name, when given.</param>
internal sealed partial record TokenRequest(string UserId, string? UserName)
{
    private const int MaximumNameLength = 100;

    /// <summary>Reads a request body (possibly empty); returns the request, or the 400 error that says what is wrong.</summary>
    public static (TokenRequest? Request, DirectLineError? Error) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            return (new TokenRequest(NewUserId(), null), null);
        }

        JObject body;
        try
        {
            body = JsonConvert.DeserializeObject<JObject>(json, BotJson.Settings)
                ?? throw new JsonSerializationException("The body is null.");
        }
        catch (JsonException exception)
        {
            return Refuse($"The request body must be a JSON object: {exception.Message}");
        }

        var userId = body.SelectToken("user.id");
        var userName = body.SelectToken("user.name");

        if (userId is not null && (userId.Type != JTokenType.String || !UserIdPattern().IsMatch((string)userId!)))
        {
            return Refuse("user.id must start with 'dl_' followed by 1 to 64 letters, digits, '_' or '-'.");
        }

        if (userName is not null && (userName.Type != JTokenType.String || ((string)userName!).Length > MaximumNameLength))
        {
            return Refuse($"user.name must be text of at most {MaximumNameLength} characters.");
        }

        return (new TokenRequest((string?)userId ?? NewUserId(), (string?)userName), null);
    }

    /// <summary>A new random user id in Direct Line's client-chosen form.</summary>
    private static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private static (TokenRequest? Request, DirectLineError? Error) Refuse(string reason) => (null, DirectLineError.BadArgument(reason));

    [GeneratedRegex("^dl_[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserIdPattern();
}

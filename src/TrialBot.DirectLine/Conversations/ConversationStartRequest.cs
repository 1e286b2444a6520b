using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// The optional body of <c>POST conversations</c>, which Direct Line JS fills from its
/// <c>conversationStartProperties</c>: <c>{"user":{"id":…},"locale":"zh-CN"}</c>. Only the locale is used; the user
/// always comes from the token, as with Azure's Direct Line.
/// </summary>
/// <param name="Locale">The language the conversation starts in, when given.</param>
internal sealed partial record ConversationStartRequest(string? Locale)
{
    /// <summary>Reads a request body (possibly empty); returns the request, or the 400 error that says what is wrong.</summary>
    public static (ConversationStartRequest? Request, DirectLineError? Error) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            return (new ConversationStartRequest(Locale: null), null);
        }

        JToken? locale;
        try
        {
            locale = (JsonConvert.DeserializeObject<JObject>(json, BotJson.Settings)
                ?? throw new JsonSerializationException("The body is null."))["locale"];
        }
        catch (JsonException exception)
        {
            return (null, DirectLineError.BadArgument($"The request body must be a JSON object: {exception.Message}"));
        }

        if (locale is null || locale.Type == JTokenType.Null)
        {
            return (new ConversationStartRequest(Locale: null), null);
        }

        return locale.Type == JTokenType.String && LocalePattern().IsMatch((string)locale!)
            ? (new ConversationStartRequest((string?)locale), null)
            : (null, DirectLineError.BadArgument("locale must be a language tag such as 'en-US' or 'zh-CN'."));
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalePattern();
}

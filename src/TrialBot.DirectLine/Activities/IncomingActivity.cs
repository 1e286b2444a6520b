using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Activities;

/// <summary>Reads the activity a client posts and refuses, with a reason, what this channel does not accept.</summary>
internal static class IncomingActivity
{
    private static readonly HashSet<string> AcceptedTypes =
        new([ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing], StringComparer.Ordinal);

    /// <summary>Parses <paramref name="json"/>; returns the activity, or the 400 error that says what is wrong.</summary>
    public static (Activity? Activity, DirectLineError? Error) Parse(string json, int maximumTextLength)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            return Refuse("The request body must be an activity in JSON.");
        }

        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(json, BotJson.Settings);
        }
        catch (JsonException exception)
        {
            return Refuse($"The request body is not a valid activity: {exception.Message}");
        }

        if (activity is null)
        {
            return Refuse("The request body must be an activity in JSON.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Refuse("The activity has no type.");
        }

        if (!AcceptedTypes.Contains(activity.Type))
        {
            return Refuse($"Activities of type '{activity.Type}' are not accepted; send message, event or typing.");
        }

        if (activity.Type == ActivityTypes.Event && string.IsNullOrWhiteSpace(activity.Name))
        {
            return Refuse("An event activity needs a name.");
        }

        if (activity.Text?.Length > maximumTextLength)
        {
            return Refuse($"The text is longer than {maximumTextLength} characters.");
        }

        return (activity, null);
    }

    private static (Activity? Activity, DirectLineError? Error) Refuse(string reason) => (null, DirectLineError.BadArgument(reason));
}

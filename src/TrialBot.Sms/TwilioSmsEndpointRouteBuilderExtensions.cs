using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TrialBot.Relay;
using TrialBot.Sms.Webhook;

namespace TrialBot.Sms;

/// <summary>Maps the SMS channel's webhook.</summary>
public static class TwilioSmsEndpointRouteBuilderExtensions
{
    /// <summary>The webhook's route, the path of the URL to give Twilio.</summary>
    public const string Route = "/api/sms";

    /// <summary>
    /// Maps <c>POST /api/sms</c>, Twilio's incoming-message webhook: answered only while <c>Sms:TwilioAuthToken</c> is
    /// set (404 otherwise), only for requests Twilio signed (403), with the bot's replies as TwiML. Fails at start when
    /// no Bot Framework adapter is registered. Returns the endpoint, for conventions.
    /// </summary>
    public static IEndpointConventionBuilder MapTwilioSms(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        BotAdapterLocator.EnsureRegistered(endpoints.ServiceProvider, "The SMS channel");
        return endpoints.MapPost(Route, (HttpContext context, SmsWebhook webhook) => webhook.HandleAsync(context.Request, context.RequestAborted))
            .WithName("TwilioSms");
    }
}

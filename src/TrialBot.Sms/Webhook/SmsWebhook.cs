using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrialBot.Relay;
using TrialBot.Sms.Replies;
using TrialBot.Sms.Turns;

namespace TrialBot.Sms.Webhook;

/// <summary>
/// Handles Twilio's incoming-message webhook: 404 while the channel is off; 415, 413 or 400 for a request that is not
/// Twilio's form; 403 unless Twilio signed it with the Auth Token; 400 for a missing or oversized parameter; otherwise the
/// bot's turn and its replies as TwiML (empty when there are none or the bot ran out of time), or 502 when the turn
/// failed outside the adapter's error handler (Twilio then calls the number's fallback URL, if one is set).
/// </summary>
internal sealed partial class SmsWebhook(
    IOptions<SmsOptions> options,
    TwilioSignature signatures,
    SmsActivityFactory activities,
    SmsTurnRunner turns,
    SmsReplyTexts replyTexts,
    ILogger<SmsWebhook> logger)
{
    /// <summary>Answers one webhook request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.Value.IsEnabled)
        {
            return Results.NotFound();
        }

        var (signature, unsigned) = TwilioSignature.Read(request);
        if (unsigned is not null)
        {
            LogUnsigned();
            return unsigned.ToResult();
        }

        var (form, unreadable) = await TwilioForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable.ToResult();
        }

        var signedUrl = signatures.SignedUrl(request);
        if (!signatures.Matches(signature!, signedUrl, form!))
        {
            LogSignatureMismatch(signedUrl);
            return SmsRefusal.Forbidden($"The {TwilioSignature.HeaderName} header does not match the request.").ToResult();
        }

        var (sms, malformed) = InboundSms.Parse(form!, options.Value.MaxBodyLength);
        if (malformed is not null)
        {
            return malformed.ToResult();
        }

        var turn = await turns.TakeTurnAsync(activities.Create(sms!, ServiceUrl.Of(request)), cancellationToken).ConfigureAwait(false);
        return turn.Outcome switch
        {
            SmsTurnOutcome.Replied => new TwimlAnswer(replyTexts.From(turn.Replies)),
            SmsTurnOutcome.TimedOut => TwimlAnswer.Empty,
            _ => Results.Problem(detail: "The bot failed to handle the message.", statusCode: StatusCodes.Status502BadGateway),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an SMS webhook request without a signature.")]
    private partial void LogUnsigned();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an SMS webhook request whose signature does not match it for the URL {SignedUrl}: if Twilio calls another URL (behind a proxy), set Sms:PublicUrl to it; else check Sms:TwilioAuthToken.")]
    private partial void LogSignatureMismatch(string signedUrl);
}

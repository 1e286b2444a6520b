using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace TrialBot.Sms.Webhook;

/// <summary>Reads the form Twilio posts (<c>application/x-www-form-urlencoded</c>), refusing anything else or anything oversized.</summary>
internal static class TwilioForm
{
    /// <summary>The largest request body accepted; Twilio's webhook forms are a few kilobytes.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    private const string FormMediaType = "application/x-www-form-urlencoded";

    private static readonly FormOptions Limits = new()
    {
        BufferBodyLengthLimit = MaxRequestBytes,
        ValueLengthLimit = MaxRequestBytes,
        KeyLengthLimit = 256,
        ValueCountLimit = 256,
    };

    /// <summary>
    /// Reads the form of <paramref name="request"/>, or says why it cannot: 415 for another content type, 413 for a
    /// declared length over <see cref="MaxRequestBytes"/>, 400 for a form over the reader's limits or unreadable.
    /// </summary>
    public static async Task<(IFormCollection? Form, SmsRefusal? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new SmsRefusal(StatusCodes.Status415UnsupportedMediaType, $"Send the webhook's parameters as {FormMediaType}, as Twilio does."));
        }

        if (request.ContentLength > MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        try
        {
            return (await request.ReadFormAsync(Limits, cancellationToken).ConfigureAwait(false), null);
        }
        catch (InvalidDataException exception)
        {
            // The form reader's own message names the limit exceeded; it never quotes the content.
            return (null, SmsRefusal.BadRequest($"The form could not be read: {exception.Message}"));
        }
        catch (BadHttpRequestException exception)
        {
            return (null, new SmsRefusal(exception.StatusCode, "The request body could not be read."));
        }
    }

    private static SmsRefusal TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {MaxRequestBytes} bytes.");
}

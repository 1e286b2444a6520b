using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;
using Twilio.Security;

namespace TrialBot.Sms.Webhook;

/// <summary>
/// Checks that a webhook request comes from Twilio: its <c>X-Twilio-Signature</c> must be the signature Twilio's own
/// <see cref="RequestValidator"/> computes with the Auth Token over the URL Twilio called (<see cref="SmsOptions.PublicUrl"/>,
/// else the request's own URL) and the form parameters.
/// </summary>
internal sealed class TwilioSignature(IOptions<SmsOptions> options)
{
    /// <summary>The header carrying the signature.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>The signature <paramref name="request"/> carries, or the refusal when it carries none.</summary>
    public static (string? Signature, SmsRefusal? Refusal) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signature = request.Headers[HeaderName].ToString();
        return string.IsNullOrWhiteSpace(signature)
            ? (null, SmsRefusal.Forbidden($"The request has no {HeaderName} header: only Twilio may call this endpoint."))
            : (signature, null);
    }

    /// <summary>The URL the signature covers: the configured public URL, else the request's own.</summary>
    public string SignedUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var publicUrl = options.Value.PublicUrl;
        return string.IsNullOrEmpty(publicUrl) ? request.GetEncodedUrl() : publicUrl;
    }

    /// <summary>Whether <paramref name="signature"/> signs <paramref name="url"/> and <paramref name="form"/> with the Auth Token.</summary>
    public bool Matches(string signature, string url, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(form);

        // A repeated parameter counts as its values joined by commas, as Twilio's NameValueCollection overload does.
        var parameters = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);

        // Twilio's validator keeps a hash algorithm instance, which is not thread-safe: one per request.
        var validator = new RequestValidator(options.Value.TwilioAuthToken!);
        return validator.Validate(url, parameters, signature);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace TrialBot.Sms.Tests.Support;

/// <summary>
/// Signs a webhook request as Twilio does, written here from Twilio's published scheme rather than with its library, so
/// that the tests check the endpoint against the scheme: Base64 of HMAC-SHA1, keyed with the Auth Token, over the URL
/// followed by every form parameter's name and value, sorted by name.
/// </summary>
internal static class TwilioRequestSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var signed = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(parameter => parameter.Key, StringComparer.Ordinal))
        {
            signed.Append(name).Append(value);
        }

#pragma warning disable CA5350 // HMAC-SHA1 is the algorithm of Twilio's signature scheme, not a choice made here.
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(hash);
    }
}

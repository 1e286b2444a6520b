using System.Text;
using Microsoft.AspNetCore.Http;

namespace TrialBot.DirectLine.Http;

/// <summary>Reads a request body as UTF-8 text, refusing bodies over a size limit before they are buffered whole.</summary>
internal static class RequestBody
{
    /// <summary>
    /// Reads the body of <paramref name="request"/>; an empty body gives an empty string. Returns a 413 error when the
    /// body is longer than <paramref name="maximumBytes"/>.
    /// </summary>
    public static async Task<(string Text, DirectLineError? Error)> ReadTextAsync(
        HttpRequest request, int maximumBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maximumBytes)
        {
            return (string.Empty, DirectLineError.PayloadTooLarge(maximumBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                return (string.Empty, DirectLineError.PayloadTooLarge(maximumBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
    }
}

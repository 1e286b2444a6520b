using System.Globalization;
using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Endpoints;

/// <summary>A client's watermark: the number of the last activity it has.</summary>
internal static class Watermark
{
    /// <summary>Reads <paramref name="watermark"/>: null when absent (or Azure's "-"), or why it is refused.</summary>
    public static (long? After, DirectLineError? Invalid) Parse(string? watermark)
    {
        if (string.IsNullOrEmpty(watermark) || watermark == "-")
        {
            return (null, null);
        }

        return long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? (parsed, null)
            : (null, DirectLineError.BadArgument("watermark must be a whole number from a previous answer."));
    }
}

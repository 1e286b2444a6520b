using System.Text;

namespace TrialBot.Dialogs.Channels;

/// <summary>
/// Writes a text message in the GSM-7 alphabet where it can be: typographic quotes, dashes, bullets, the ellipsis and a
/// few signs become their plain forms ("µmol/L" becomes "umol/L"). A text that would still need a character outside
/// GSM-7 (Chinese) is left as written, since it travels in UCS-2 anyway and keeps its own punctuation there.
/// </summary>
public static class Gsm7Folding
{
    private static readonly Dictionary<char, string> Plain = new()
    {
        ['\u2018'] = "'",
        ['\u2019'] = "'",
        ['\u201A'] = "'",
        ['\u2032'] = "'",
        ['\u201C'] = "\"",
        ['\u201D'] = "\"",
        ['\u201E'] = "\"",
        ['\u2033'] = "\"",
        ['\u2013'] = "-",
        ['\u2014'] = "-",
        ['\u2212'] = "-",
        ['\u2022'] = "-",
        ['\u00B7'] = "-",
        ['\u2026'] = "...",
        ['\u00B5'] = "u",
        ['\u03BC'] = "u",
        ['\u00D7'] = "x",
        ['\u2265'] = ">=",
        ['\u2264'] = "<=",
        ['\u00A0'] = " ",
        ['\u202F'] = " ",
        ['\u2009'] = " ",
        ['\t'] = " ",
    };

    /// <summary>The text in GSM-7 when plain forms make it fit, else the text unchanged.</summary>
    /// <param name="text">The message.</param>
    /// <returns>The message to send.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Gsm7Alphabet.CarriesAll(text))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (Plain.TryGetValue(character, out var plain))
            {
                folded.Append(plain);
            }
            else
            {
                folded.Append(character);
            }
        }

        var result = folded.ToString();
        return Gsm7Alphabet.CarriesAll(result) ? result : text;
    }
}

using System.Globalization;
using System.Text;

namespace TrialBot.Dialogs;

/// <summary>
/// Normalises what a person typed so that whole utterances can be compared with phrases: compatibility forms
/// (full-width letters and punctuation) folded, curly apostrophes straightened, case folded, inner whitespace collapsed,
/// surrounding whitespace and trailing punctuation removed. "  Help! " and "ＨＥＬＰ？" both become "help".
/// </summary>
public static class Utterance
{
    private const string TrailingPunctuation = ".!?,;:~。！？，、；：～…";

    /// <summary>Returns the normalised form of <paramref name="text"/>; null becomes the empty string.</summary>
    /// <param name="text">What the person typed.</param>
    /// <returns>The normalised utterance.</returns>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC)
            .Replace('\u2019', '\'')
            .Replace('\u2018', '\'')
            .ToLower(CultureInfo.InvariantCulture);

        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var character in folded)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        var end = builder.Length;
        while (end > 0 && (TrailingPunctuation.Contains(builder[end - 1], StringComparison.Ordinal) || builder[end - 1] == ' '))
        {
            end--;
        }

        return builder.ToString(0, end);
    }
}

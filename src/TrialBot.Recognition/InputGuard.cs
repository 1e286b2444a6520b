using System.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Cleans an answer before anything reads it, and refuses answers too long to read safely: the date-time recognizer's
/// cost grows faster than the square of the length (see PACKAGES.md), so the cap is applied before any
/// Microsoft.Recognizers.Text call.
/// </summary>
public static class InputGuard
{
    /// <summary>The longest answer read, in characters after normalising. An answer to a screening question is a few words.</summary>
    public const int MaxLength = 300;

    /// <summary>Raw input beyond this length is refused without normalising it (no answer shrinks this much by normalising).</summary>
    private const int MaxRawLength = MaxLength * 8;

    /// <summary>
    /// Normalises <paramref name="text"/>: strips control and invisible format characters, turns full-width digits, letters,
    /// "．" and "／" into their ASCII forms, collapses every run of whitespace to one space and trims.
    /// </summary>
    /// <returns>The normalised text; <see cref="RecognitionProblem.Empty"/> when nothing is left;
    /// <see cref="RecognitionProblem.TooLong"/> beyond <see cref="MaxLength"/> characters.</returns>
    public static Recognition<string> Normalize(string? text)
    {
        if (text is null)
        {
            return Recognition.NotUnderstood<string>(RecognitionProblem.Empty);
        }

        if (text.Length > MaxRawLength)
        {
            return Recognition.NotUnderstood<string>(RecognitionProblem.TooLong);
        }

        var normalized = Collapse(text);
        if (normalized.Length == 0)
        {
            return Recognition.NotUnderstood<string>(RecognitionProblem.Empty);
        }

        return normalized.Length > MaxLength
            ? Recognition.NotUnderstood<string>(RecognitionProblem.TooLong)
            : Recognition.Of(normalized);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsDropped(text, i))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ToHalfWidth(c));
        }

        return builder.ToString();
    }

    /// <summary>Control characters, invisible format characters (zero-width space, BOM, direction marks) and lone surrogates.</summary>
    private static bool IsDropped(string text, int index)
    {
        var c = text[index];
        if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    private static char ToHalfWidth(char c) => c switch
    {
        >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or '．' or '／' => (char)(c - 0xFEE0),
        _ => c,
    };
}

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// Splits a long text into messages no longer than a channel takes: between paragraphs where possible, else between
/// lines, else between words, and only as a last resort inside a word (never inside a surrogate pair).
/// </summary>
internal static class MessageSplitter
{
    private static readonly string[] Separators = ["\n\n", "\n", " "];

    /// <summary>Splits <paramref name="text"/> into parts of at most <paramref name="maxLength"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest message the channel takes, or null when it has no limit.</param>
    /// <returns>The parts, in order; the text itself when it fits.</returns>
    public static IReadOnlyList<string> Split(string text, int? maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxLength is not { } max || text.Length <= max)
        {
            return [text];
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2, nameof(maxLength));
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var cut = CutPosition(rest, max);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>Where to cut <paramref name="text"/> so that the first part fits: after the last separator that fits, in order of preference.</summary>
    private static int CutPosition(string text, int max)
    {
        foreach (var separator in Separators)
        {
            var position = text.AsSpan(0, max).LastIndexOf(separator, StringComparison.Ordinal);
            if (position > 0)
            {
                return position + separator.Length;
            }
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}

namespace TrialBot.Dialogs.Channels;

/// <summary>
/// Splits a text longer than a channel's longest message (<see cref="ChannelCapabilities.MaxMessageLength"/>) into
/// messages that fit, cutting where a reader would pause: between
/// paragraphs, else lines, else sentences (<c>.</c>, <c>!</c>, <c>?</c> before a space; <c>。！？；</c> anywhere, as Chinese
/// has no spaces), else words; inside a word only as a last resort, and never inside a surrogate pair. A cut in the
/// second half of the message is preferred to a stronger one early on, so that no message is needlessly short.
/// </summary>
public static class MessageSplitter
{
    private static readonly Func<string, int, int>[] Boundaries =
    [
        (text, end) => AfterLast(text, end, "\n\n"),
        (text, end) => AfterLast(text, end, "\n"),
        AfterLastSentence,
        (text, end) => AfterLast(text, end, " "),
    ];

    /// <summary>Splits <paramref name="text"/> into parts of at most <paramref name="maxLength"/> characters, trimmed, none empty.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest message the channel takes, or null when it has no limit.</param>
    /// <returns>The parts, in order; the text itself when it fits.</returns>
    public static IReadOnlyList<string> Split(string text, int? maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxLength is not { } max || text.Length <= max)
        {
            return text.Length == 0 ? [] : [text];
        }

        return SplitLong(text, max);
    }

    private static List<string> SplitLong(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2, nameof(maxLength));
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = CutPosition(rest, maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int CutPosition(string text, int maxLength)
    {
        var cuts = Boundaries.Select(boundary => boundary(text, maxLength)).ToList();
        var late = cuts.FirstOrDefault(cut => cut >= maxLength / 2);
        if (late > 0)
        {
            return late;
        }

        var early = cuts.FirstOrDefault(cut => cut > 0);
        if (early > 0)
        {
            return early;
        }

        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }

    /// <summary>The position just after the last <paramref name="separator"/> ending within the first <paramref name="end"/> characters, or 0.</summary>
    private static int AfterLast(string text, int end, string separator)
    {
        var position = text.AsSpan(0, end).LastIndexOf(separator, StringComparison.Ordinal);
        return position > 0 ? position + separator.Length : 0;
    }

    /// <summary>The position just after the last sentence end within the first <paramref name="end"/> characters, or 0.</summary>
    private static int AfterLastSentence(string text, int end)
    {
        for (var i = end - 1; i > 0; i--)
        {
            var c = text[i];
            if (c is '。' or '！' or '？' or '；'
                || (c is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }
}

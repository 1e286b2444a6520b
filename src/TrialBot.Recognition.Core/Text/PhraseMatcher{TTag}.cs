namespace TrialBot.Recognition.Text;

/// <summary>
/// Finds known phrases in a prepared (lower-case) text, left to right, longest phrase first, without overlaps.
/// A phrase that begins or ends with a Latin letter or digit matches only on whole words ("yes" is not found in
/// "yesterday", "MMF" not in "MMFX"); a phrase in Chinese characters matches anywhere ("泼尼松" in "每天10毫克泼尼松").
/// Because the longest phrase at a position wins and consumes it, "泼尼松龙" is found as itself, not as "泼尼松".
/// </summary>
/// <typeparam name="TTag">What each phrase stands for.</typeparam>
internal sealed class PhraseMatcher<TTag>
{
    private readonly Dictionary<char, (string Phrase, TTag Tag)[]> phrasesByFirstChar;

    /// <summary>Creates a matcher for <paramref name="phrases"/> (matched case-insensitively).</summary>
    public PhraseMatcher(IEnumerable<(string Phrase, TTag Tag)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        phrasesByFirstChar = phrases
            .Select(p => (Phrase: AnswerText.Fold(p.Phrase), p.Tag))
            .Where(p => p.Phrase.Length > 0)
            .DistinctBy(p => p.Phrase, StringComparer.Ordinal)
            .GroupBy(p => p.Phrase[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Phrase.Length).ToArray());
    }

    /// <summary>Every phrase in <paramref name="text"/>, which must already be prepared by <see cref="AnswerText"/>.</summary>
    public IReadOnlyList<PhraseMatch<TTag>> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<PhraseMatch<TTag>>();
        var index = 0;
        while (index < text.Length)
        {
            if (TryMatchAt(text, index, out var match))
            {
                matches.Add(match);
                index = match.End;
            }
            else
            {
                index++;
            }
        }

        return matches;
    }

    /// <summary>True when any phrase tagged <paramref name="tag"/> is in <paramref name="text"/>.</summary>
    public bool Contains(string text, TTag tag) => FindAll(text).Any(m => EqualityComparer<TTag>.Default.Equals(m.Tag, tag));

    private bool TryMatchAt(string text, int index, out PhraseMatch<TTag> match)
    {
        match = default;
        var first = text[index];
        if (!phrasesByFirstChar.TryGetValue(first, out var candidates)
            || (ScriptDetector.IsWordChar(first) && index > 0 && ScriptDetector.IsWordChar(text[index - 1])))
        {
            return false;
        }

        foreach (var (phrase, tag) in candidates)
        {
            var end = index + phrase.Length;
            if (end <= text.Length
                && string.CompareOrdinal(text, index, phrase, 0, phrase.Length) == 0
                && !(ScriptDetector.IsWordChar(phrase[^1]) && end < text.Length && ScriptDetector.IsWordChar(text[end])))
            {
                match = new PhraseMatch<TTag>(index, phrase.Length, tag);
                return true;
            }
        }

        return false;
    }
}

using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Finds, in an answer to one question, a person taking back what they answered to an earlier one ("oh wait i have to go
/// back, i said no to the transplant one but i did have a kidney transplant in 2015", 刚才那个大剂量的问题我答错了): words that
/// say an earlier answer was wrong or is to be changed, near words naming what that earlier question asked about. Only
/// such a pair counts: a topic alone is an answer that mentions it, and "i was wrong" alone says nothing of which answer.
/// </summary>
public static partial class EarlierAnswerCorrection
{
    /// <summary>How far from the words of correction (in characters, either side) the topic of the earlier question may be.</summary>
    private const int Reach = 60;

    /// <summary>
    /// The earlier question the answer takes back an answer to, as its index in <paramref name="topics"/>, or null when
    /// the answer takes none back. When several are named near the correction, the one named nearest to it (and of
    /// those as near, the one named in more words).
    /// </summary>
    /// <param name="text">The answer as the person wrote it.</param>
    /// <param name="topics">For each question answered earlier, the words that name what it asks about (in any language).</param>
    /// <returns>The index of the question, or null.</returns>
    public static int? Find(string text, IReadOnlyList<IReadOnlyList<string>> topics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(topics);
        var folded = AnswerText.Fold(text);
        int? found = null;
        var nearest = int.MaxValue;
        var longest = 0;
        foreach (Match cue in Cue().Matches(folded))
        {
            for (var index = 0; index < topics.Count; index++)
            {
                foreach (var topic in topics[index])
                {
                    // Nearest first; as near, the longer words ("high dose" over "high" inside it) say more.
                    var distance = Distance(folded, topic, cue.Index, cue.Index + cue.Length);
                    if (distance < nearest || (distance == nearest && distance != int.MaxValue && topic.Length > longest))
                    {
                        nearest = distance;
                        longest = topic.Length;
                        found = index;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Whether the answer has words that take back an earlier answer at all (before any topic is looked for).</summary>
    /// <param name="text">The answer as the person wrote it.</param>
    /// <returns>True when such words are there.</returns>
    public static bool MayTakeBack(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cue().IsMatch(AnswerText.Fold(text));
    }

    /// <summary>How far the nearest mention of <paramref name="topic"/> is from the cue, or int.MaxValue when none is within reach.</summary>
    private static int Distance(string folded, string topic, int cueStart, int cueEnd)
    {
        var word = topic.ToLowerInvariant();
        if (word.Length == 0)
        {
            return int.MaxValue;
        }

        var from = Math.Max(0, cueStart - Reach - word.Length);
        var to = Math.Min(folded.Length, cueEnd + Reach + word.Length);
        var nearest = int.MaxValue;
        var at = folded.IndexOf(word, from, to - from, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (WholeWord(folded, at, word.Length))
            {
                var distance = at >= cueEnd ? at - cueEnd : at + word.Length <= cueStart ? cueStart - (at + word.Length) : 0;
                nearest = Math.Min(nearest, distance);
            }

            at = at + 1 < to ? folded.IndexOf(word, at + 1, to - at - 1, StringComparison.Ordinal) : -1;
        }

        return nearest <= Reach ? nearest : int.MaxValue;
    }

    /// <summary>A Latin word stands alone (not inside another word); Chinese has no spaces to check.</summary>
    private static bool WholeWord(string folded, int at, int length) =>
        (at == 0 || !IsLatinLetter(folded[at - 1]) || !IsLatinLetter(folded[at]))
        && (at + length >= folded.Length || !IsLatinLetter(folded[at + length]) || !IsLatinLetter(folded[at + length - 1]));

    private static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    /// <summary>Words saying an earlier answer was wrong or is to be changed.</summary>
    [GeneratedRegex(@"\bgo(?:ing)?\s+back\b|\b(?:i|we)\s+(?:said|answered|put|typed|told\s+you|clicked|picked|chose|pressed|hit|ticked)\s+(?:no|yes|wrong|the\s+wrong)\b|\bsaid\s+(?:no|yes)\s+to\b|\b(?:answered|got|put|said|typed|did)\s+(?:that|it|this|one)\s+wrong\b|\b(?:answered|got|put|did)\s+the\s+(?:[\w-]+\s+){0,3}?(?:one|question|q)\s+wrong\b|\bwrong\s+answer\b|\b(?:messed|mixed|screwed)\s+(?:that\s+|it\s+)?up\b|\b(?:i\s+)?made\s+a\s+mistake\b|\bmy\s+mistake\b|\b(?:change|fix|correct|update)\s+(?:my|that|the|an?)\s+(?:earlier\s+|previous\s+|last\s+|other\s+)?answer\b|\b(?:earlier|before)\s+i\s+(?:said|answered|put)\b|\bi\s+meant\s+(?:to\s+say\s+)?(?:yes|no)\b|\b(?:previous|earlier|other|last)\s+question\b|答错|说错|填错|选错|回答错|回错|搞错|弄错|整错|闹错|弄岔|搞岔|点错|按错|打错|(?:刚才|刚刚|前面|之前|上面)[^，。,;；!！?？]{0,12}?(?:问题|那题|那道题|那一题|那个题)|上一题|(?:我要|想|要)改(?:一下)?(?:答案|回答)|更正一下|纠正一下")]
    private static partial Regex Cue();
}

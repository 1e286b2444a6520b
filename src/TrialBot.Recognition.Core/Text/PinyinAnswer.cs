using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// Writes the everyday words of an answer typed in pinyin, without tones, in characters ("mei you" 没有, "shi de" 是的,
/// "bu zhi dao" 不知道), for a conversation in Chinese where the person has no Chinese input at hand. Only an answer whose
/// every word is a pinyin syllable or run of syllables is read so: "you know" stays English.
/// </summary>
public static partial class PinyinAnswer
{
    private const int LongestSyllable = 6;

    private static readonly (string Pinyin, string Han)[] Words =
    [
        ("bu zhi dao", "不知道"), ("buzhidao", "不知道"), ("bu qing chu", "不清楚"), ("buqingchu", "不清楚"), ("bu ji de", "不记得"),
        ("mei zuo guo", "没做过"), ("mei you guo", "没有过"), ("mei you", "没有"), ("meiyou", "没有"), ("mei de", "没得"),
        ("shi de", "是的"), ("shide", "是的"), ("bu shi", "不是"), ("bushi", "不是"), ("bu dui", "不对"), ("budui", "不对"),
        ("dui de", "对的"), ("hao de", "好的"), ("haode", "好的"), ("ke yi", "可以"), ("keyi", "可以"), ("ji xu", "继续"), ("jixu", "继续"),
        ("bu yong", "不用"), ("xie xie", "谢谢"), ("ying gai", "应该"), ("ke neng", "可能"), ("hao xiang", "好像"), ("yi zhi", "一直"),
        ("xian zai", "现在"), ("dui", "对"), ("hao", "好"), ("shi", "是"), ("you", "有"), ("mei", "没"), ("en", "嗯"), ("bu", "不"),
    ];

    /// <summary><paramref name="text"/> with its everyday pinyin words in characters, when the conversation is in Chinese
    /// (<paramref name="culture"/>) and every word of the answer is pinyin; otherwise <paramref name="text"/> itself.</summary>
    public static string ToHan(string text, string? culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (culture is null || !culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0 || text.Any(c => c > '\u007f') || !words.All(IsSyllables))
        {
            return text;
        }

        var plain = " " + string.Join(' ', words) + " ";
        var written = plain;
        foreach (var (pinyin, han) in Words)
        {
            // Twice, for a word that follows itself ("you you").
            written = written.Replace(" " + pinyin + " ", " " + han + " ", StringComparison.Ordinal)
                .Replace(" " + pinyin + " ", " " + han + " ", StringComparison.Ordinal);
        }

        return written == plain ? text : written.Trim();
    }

    /// <summary>True when <paramref name="word"/> splits into pinyin syllables ("meiyou", "zhi", "qiang").</summary>
    private static bool IsSyllables(string word)
    {
        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        for (var start = 0; start < word.Length; start++)
        {
            for (var end = start + 1; reachable[start] && end <= Math.Min(word.Length, start + LongestSyllable); end++)
            {
                reachable[end] |= Syllable().IsMatch(word[start..end]);
            }
        }

        return reachable[word.Length];
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    /// <summary>One toneless pinyin syllable: an initial and a final.</summary>
    [GeneratedRegex(@"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)$")]
    private static partial Regex Syllable();
}

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
        ("mei zuo guo", "没做过"), ("mei you guo", "没有过"), ("mei bian guo", "没变过"), ("mei you", "没有"), ("meiyou", "没有"), ("mei de", "没得"),
        ("mei ting guo", "没停过"), ("mei ting", "没停"), ("mei bian", "没变"), ("mei huan", "没换"),
        ("shi de", "是的"), ("shide", "是的"), ("bu shi", "不是"), ("bushi", "不是"), ("bu dui", "不对"), ("budui", "不对"),
        ("dui de", "对的"), ("hao de", "好的"), ("haode", "好的"), ("ke yi", "可以"), ("keyi", "可以"), ("ji xu", "继续"), ("jixu", "继续"),
        ("bu yong", "不用"), ("xie xie", "谢谢"), ("ying gai", "应该"), ("ke neng", "可能"), ("hao xiang", "好像"), ("yi zhi", "一直"),
        ("xian zai", "现在"), ("mei tian", "每天"), ("meitian", "每天"), ("yi tian", "一天"), ("hao ke", "毫克"), ("haoke", "毫克"),
        ("ge xing qi", "个星期"), ("ge li bai", "个礼拜"), ("ge yue", "个月"), ("xing qi", "星期"), ("li bai", "礼拜"),
        ("qu nian", "去年"), ("jin nian", "今年"), ("qian nian", "前年"), ("shang ge yue", "上个月"), ("zhe ge yue", "这个月"),
        ("ban nian", "半年"), ("yi nian", "一年"), ("liang nian", "两年"), ("san nian", "三年"), ("yi ge yue", "一个月"), ("liang ge yue", "两个月"),
        ("san ge yue", "三个月"), ("ban ge yue", "半个月"), ("yi pian", "一片"), ("liang pian", "两片"), ("san pian", "三片"), ("si pian", "四片"),
        ("ban pian", "半片"), ("yi pian ban", "一片半"), ("kai shi", "开始"), ("que zhen", "确诊"), ("chi le", "吃了"), ("chi de", "吃的"),
        ("yang xing", "阳性"), ("yin xing", "阴性"), ("kang he kang ti", "抗核抗体"),
        ("dui", "对"), ("hao", "好"), ("shi", "是"), ("you", "有"), ("mei", "没"), ("en", "嗯"), ("bu", "不"),
    ];

    /// <summary>The units said after a figure ("3 pian", "5 hao ke", "3 ge yue", "10 yue 5 hao"), written in characters.</summary>
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["pian"] = "片", ["hao ke"] = "毫克", ["haoke"] = "毫克", ["ke"] = "克", ["ge yue"] = "个月", ["ge xing qi"] = "个星期",
        ["ge li bai"] = "个礼拜", ["xing qi"] = "星期", ["zhou"] = "周", ["tian"] = "天", ["nian"] = "年", ["yue"] = "月", ["hao"] = "号",
        ["ri"] = "日", ["sui"] = "岁", ["fen"] = "分",
    };

    private static readonly Dictionary<string, string> HanOf = Words
        .GroupBy(word => word.Pinyin, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Han, StringComparer.Ordinal);

    /// <summary>Every word of the table, the longest first, between letters that are not part of it.</summary>
    private static readonly Regex Phrase = new(
        @"(?<![a-z])(?:" + string.Join('|', Words.Select(word => word.Pinyin).Distinct().OrderByDescending(pinyin => pinyin.Length)
            .Select(pinyin => pinyin.Replace(" ", @"\s+", StringComparison.Ordinal))) + @")(?![a-z])",
        RegexOptions.CultureInvariant);

    /// <summary><paramref name="text"/> with its everyday pinyin words in characters, when the conversation is in Chinese
    /// (<paramref name="culture"/>) and every word of the answer is pinyin; otherwise <paramref name="text"/> itself.
    /// Figures and punctuation stay where they are ("po ni song mei tian 3 pian" is 泼尼松每天3片); spaces beside a
    /// character go, as Chinese is written.</summary>
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

        var lower = text.ToLowerInvariant();
        var written = NumberUnit().Replace(lower, m => m.Groups["n"].Value + Units[Spaced(m.Groups["unit"].Value)]);
        written = Phrase.Replace(written, m => HanOf[Spaced(m.Value)]);
        return written == lower ? text : BesideCharacters().Replace(written, string.Empty).Trim();
    }

    /// <summary>A run of pinyin with its spaces made single.</summary>
    private static string Spaced(string pinyin) => Spaces().Replace(pinyin, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<unit>hao\s+ke|haoke|ge\s+xing\s+qi|ge\s+li\s+bai|ge\s+yue|xing\s+qi|pian|ke|zhou|tian|nian|yue|hao|ri|sui|fen)(?![a-z])")]
    private static partial Regex NumberUnit();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s+|\s+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex BesideCharacters();

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

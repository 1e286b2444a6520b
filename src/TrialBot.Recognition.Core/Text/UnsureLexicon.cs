using TrialBot.Recognition.Statements;

namespace TrialBot.Recognition.Text;

/// <summary>
/// The one lexicon of the ways people say they do not know, in English and Chinese (SMS shorthand included: "idk",
/// "dk", "dunno"). An answer that contains one of these phrases (and no value the question asks for) is "unsure"; for a
/// yes/no question an unsure phrase wins ("no idea" is unsure, not no). The dialog engine asks the same lexicon whether
/// a whole answer is "I don't know" (<see cref="IsWholeAnswer"/>), in every prompt and either language.
/// </summary>
public static class UnsureLexicon
{
    /// <summary>Words that may stand before or after a phrase of not knowing in a whole answer ("I dunno sorry", 我不清楚, 不知道啊).</summary>
    private static readonly string[] Around = ["i", "sorry", "honestly", "really", "lol", "我", "了", "啊", "呢", "哦", "耶", "呀", "诶", "哎"];

    private static readonly string[] Unsure =
    [
        "i dont know", "dont know", "do not know", "dunno", "di ko alam", "di ko po alam", "hindi ko alam", "hindi ko po alam", "idk", "idk tbh", "dk", "dno", "dont knw", "dont kno", "i dunno",
        "no clue at all", "not a clue", "no idea at all", "i have no idea", "im not sure", "i am not sure", "not too sure", "no idea", "no clue", "not sure", "unsure",
        "not certain", "uncertain", "cant remember", "cannot remember", "can not remember", "dont remember",
        "do not remember", "cant recall", "cannot recall", "dont recall", "do not recall", "i forget", "i forgot",
        "forgotten", "hard to say", "who knows", "not known", "unknown", "maybe", "perhaps", "possibly", "probably",
        "不知道", "不清楚", "不确定", "不记得", "忘了", "忘记了", "记不清", "记不得", "记不起", "说不清", "说不好",
        "不好说", "不太清楚", "不太确定", "不太记得", "不晓得", "不了解", "没印象", "没有印象", "也许", "可能",
        "或许", "不一定", "搞不清", "不肯定", "说不定", "伐晓得", "勿晓得", "弗晓得", "晓不得", "不造", "母鸡", "整不准", "整不明白", "整不清",

        // Never measured, never told, never heard of it: the person cannot know the value.
        "never tested", "never been tested", "never had it tested", "never had that test", "never had the test",
        "never had it checked", "never checked", "never been checked", "never measured", "not tested", "not been tested",
        "havent been tested", "never done", "never had it done", "never heard of it", "never heard of that",
        "never heard of", "not heard of", "havent heard of", "no one told me", "nobody told me", "they didnt tell me",
        "they never told me", "doctor didnt tell me", "didnt tell me", "never told me", "wasnt told",
        "没查过", "没有查过", "没测过", "没有测过", "没检查过", "没有检查过", "没做过这个检查", "没做过这项检查", "没化验过",
        "couldnt tell you", "cant tell you", "havent had it checked", "havent had it done", "havent had that done",
        "havent done", "not had it checked", "havent a clue", "not a clue", "没做过24小时", "没做过这个", "没留过",
        "cant say", "can not say", "cannot say", "couldnt say", "hard to tell", "说不上来", "说不准", "讲不清", "讲不准",
        "没评过", "没有评过", "没评估过", "没有评估过", "没打过分", "never scored", "never been scored", "never had a score",
        "没听说过", "没听过", "没有听说过", "没人告诉", "没跟我说", "没告诉我", "没和我说", "没说过",

        // Someone else would know, or the figure is not at hand: "youd have to ask my doc", "dont have the number", 没查.
        "no one ever told me", "nobody ever told me", "never been told", "never was told", "ask my doc", "ask my doctor",
        "ask my rheum", "ask my rheumatologist", "have to ask", "need to ask", "would have to ask", "youd have to ask",
        "need to check", "have to check", "would have to check", "dont have the number", "dont have the numbers",
        "dont have a number", "dont have the results", "dont have my results", "dont have that number", "cant keep track",
        "lost track", "no record", "not at hand", "not on hand",
        "没查", "没测", "没检查", "不知", "不懂", "不太懂", "不明白", "没问过", "得问医生", "要问医生", "问问医生", "问下医生",
        "记不住", "没记", "没记住",
    ];

    /// <summary>Phrases that contain an unsure phrase but are not unsure ("不可能" is "impossible"; "医生没说过别的", the
    /// doctor never mentioned anything else, is no other one).</summary>
    private static readonly string[] NotUnsure =
    [
        "不可能", "没说过别的", "没说过其他", "没说过其它", "没说过有别的", "没提过别的", "没提过其他",
        "never mentioned anything else", "never said anything else", "never told me about anything else",
    ];

    private static readonly PhraseMatcher<bool> Matcher =
        new(Unsure.Select(p => (p, true)).Concat(NotUnsure.Select(p => (p, false))));

    /// <summary>True when the prepared <paramref name="text"/> says the person does not know.</summary>
    internal static bool IsUnsure(string text) => Matcher.Contains(text, true);

    /// <summary>
    /// True when the whole of <paramref name="text"/> (as typed) says "I don't know" and nothing else: a phrase of this
    /// lexicon, perhaps with "I", "sorry", 我, 了, 啊 around it ("idk", "I dunno", "not sure.", 我不清楚, 不知道啊). A hedge
    /// that leans one way ("probably", 应该) is not: it is a reading to confirm.
    /// </summary>
    /// <param name="text">The answer, as typed.</param>
    /// <returns>Whether the answer is only "I don't know".</returns>
    public static bool IsWholeAnswer(string? text)
    {
        var folded = AnswerText.Fold(AnswerText.Whole(text));
        if (folded.Length == 0)
        {
            return false;
        }

        var matches = Matcher.FindAll(folded);
        if (matches.Count == 0 || matches.Any(m => !m.Tag)
            || HedgeLexicon.Matcher.FindAll(folded).Any(h => h.Tag is Hedge.Leaning or Hedge.LeaningNo))
        {
            return false;
        }

        var rest = folded.ToCharArray();
        foreach (var match in matches)
        {
            Array.Fill(rest, ' ', match.Start, match.Length);
        }

        var left = new string(rest);
        foreach (var word in Around.OrderByDescending(w => w.Length))
        {
            left = ScriptDetector.ContainsHan(word) ? left.Replace(word, " ", StringComparison.Ordinal) : System.Text.RegularExpressions.Regex.Replace(left, $@"(?<![\p{{L}}\p{{N}}]){word}(?![\p{{L}}\p{{N}}])", " ");
        }

        return left.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));
    }
}

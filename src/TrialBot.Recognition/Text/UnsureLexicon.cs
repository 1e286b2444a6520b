namespace TrialBot.Recognition.Text;

/// <summary>
/// The ways people say they do not know, in English and Chinese. An answer that contains one of these phrases (and no
/// value the question asks for) is "unsure"; for a yes/no question an unsure phrase wins ("no idea" is unsure, not no).
/// </summary>
internal static class UnsureLexicon
{
    private static readonly string[] Unsure =
    [
        "i dont know", "dont know", "do not know", "dunno", "idk", "no idea", "no clue", "not sure", "unsure",
        "not certain", "uncertain", "cant remember", "cannot remember", "can not remember", "dont remember",
        "do not remember", "cant recall", "cannot recall", "dont recall", "do not recall", "i forget", "i forgot",
        "forgotten", "hard to say", "who knows", "not known", "unknown", "maybe", "perhaps", "possibly", "probably",
        "不知道", "不清楚", "不确定", "不记得", "忘了", "忘记了", "记不清", "记不得", "记不起", "说不清", "说不好",
        "不好说", "不太清楚", "不太确定", "不太记得", "不晓得", "不了解", "没印象", "没有印象", "也许", "可能",
        "或许", "不一定", "搞不清", "不肯定", "说不定",
    ];

    /// <summary>Phrases that contain an unsure phrase but are not unsure ("不可能" is "impossible").</summary>
    private static readonly string[] NotUnsure = ["不可能"];

    private static readonly PhraseMatcher<bool> Matcher =
        new(Unsure.Select(p => (p, true)).Concat(NotUnsure.Select(p => (p, false))));

    /// <summary>True when the prepared <paramref name="text"/> says the person does not know.</summary>
    public static bool IsUnsure(string text) => Matcher.Contains(text, true);
}

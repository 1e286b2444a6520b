using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>The words of negation and of judgement in English and Chinese, in folded form; longer phrases win.</summary>
internal static class NegationLexicon
{
    private static readonly string[] Plain =
    [
        "no", "not", "never", "none", "nothing", "neither", "nor", "without", "negative", "nope", "nah", "n",
        "dont", "do not", "doesnt", "didnt", "did not", "havent", "have not", "hasnt", "hadnt", "isnt", "arent", "wasnt",
        "werent", "wont", "no longer",
        "not any", "not anymore", "ruled out", "free of", "never had", "never been",
        "没有", "没", "无", "不", "不是", "未", "从没", "从来没", "从来没有", "从未", "并没有", "没做过", "没得过", "没有过",
        "阴性", "排除", "不在", "没在", "不用", "没用", "不需要",

        // Nobody said so: "Parkinson's … Nobody has ever said it's from the lupus" (what follows is not so, as far as known).
        .. from who in (string[])["nobody", "no one", "noone", "no doctor", "none of the doctors"]
           from said in (string[])["said", "has said", "has ever said", "ever said", "thinks", "has told us", "told us", "told me", "has told me", "ever told us", "ever told me", "has ever told us", "has ever told me"]
           select $"{who} {said}",
    ];

    private static readonly string[] Good =
    [
        "fine", "normal", "ok", "okay", "good", "healthy", "all good", "working fine", "working well", "well controlled",
        "grand", "all grand", "great", "alright", "all right", "perfect", "spot on", "in good shape", "all clear",
        "正常", "没事", "挺好", "很好", "还好", "还行", "还可以", "还算可以", "好好的", "健康", "没毛病", "没问题", "没什么问题", "没啥问题", "no problems", "no problem", "no issues",
    ];

    private static readonly string[] Bad =
    [
        "not good", "not great", "not well", "not working", "not working well", "not functioning", "not so good", "not too good",
        "not normal", "not very good", "not doing well", "not working properly", "poorly", "badly", "bad", "abnormal", "failing",
        "arent working", "arent working well", "arent working properly", "isnt working", "isnt working well", "arent good",
        "isnt good", "arent great", "isnt great", "arent doing well", "isnt doing well", "arent functioning", "isnt functioning",
        "arent normal", "isnt normal", "not functioning well",
        "not better", "not getting better", "no better", "not gone", "not gone away", "hasnt gone away", "havent gone away",
        "没好", "还没好", "没好利索", "没好透", "没好全", "没完全好", "没痊愈", "没有好", "没见好", "不见好",
        "不好", "不太好", "不怎么好", "不行", "不太行", "不正常", "异常", "不理想", "不太理想", "不稳定", "不大好", "差",
    ];

    private static readonly string[] Neutral =
    [
        "no trouble", "not long ago", "not sure", "no idea", "not much",
        // "not since the one in 2016", 之后没再做过: none since the one named, which was.
        "not since", "none since", "nothing since", "没再", "没有再", "后来没再", "之后没再",
        "不久", "不多", "不少", "不知道", "不清楚", "不记得", "不确定", "不一定",
        "不错", "不过", "不好意思", "好多", "好几", "好久", "不到", "不满", "不超过", "不久前", "没几年", "没几个月", "not long", "not until", "不管", "不断", "不停", "不舒服", "没多久",
    ];

    /// <summary>The matcher over every phrase.</summary>
    public static PhraseMatcher<NegatorKind> Matcher { get; } = new(
        Plain.Select(p => (p, NegatorKind.Plain))
            .Concat(Good.Select(p => (p, NegatorKind.Good)))
            .Concat(Bad.Select(p => (p, NegatorKind.Bad)))
            .Concat(Neutral.Select(p => (p, NegatorKind.Neutral))));
}

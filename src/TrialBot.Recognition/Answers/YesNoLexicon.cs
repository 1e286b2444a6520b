using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Answers;

/// <summary>
/// The phrases of yes and no in English and Chinese, in the folded form of <see cref="AnswerText.Fold"/> ("dont", "im").
/// Longer phrases win ("i have not" over "i have", "没有" over "有", "不同意" over "同意").
/// </summary>
internal static class YesNoLexicon
{
    private static readonly string[] Yes =
    [
        "yes", "yess", "yesss", "aye", "yeh", "yh", "yuh", "yea yea", "系啊", "系呀", "系嘅", "系的", "系喔", "yeap", "why not", "yeah why not", "sure why not", "yeah", "yea", "yep", "yup", "ya", "yah", "y", "sure", "ok", "okay", "k", "alright", "all right", "correct",
        "right", "thats right", "true", "absolutely", "of course", "definitely", "certainly", "indeed", "affirmative",
        "yeah no worries", "opo", "oo po",
        "i agree", "im ok with", "im okay with", "im fine with", "i think so", "i believe so", "yes please", "sounds good", "go ahead", "no problem",
        "是", "是的", "对", "对的", "有", "有的", "好", "好的", "行", "可以", "同意", "当然", "没错", "没问题", "确实", "肯定",
        "愿意", "不错", "需要", "会", "会的", "positive", "阳性", "都是阳性",
    ];

    private static readonly string[] WeakYes =
    [
        "i do", "i have", "ive", "i did", "i am", "im", "i was", "i will", "i take", "i use", "agree", "agreed",
        "嗯", "嗯嗯", "用过", "吃过", "在用", "在吃", "i had", "had one", "had it", "had that", "ive had", "i have had",
        "做过", "得过", "有过", "发生过", "打过", "换过", "住过", "查过", "说过", "有说过", "医生说过", "提过", "医生提过",
    ];

    private static readonly string[] No =
    [
        "no", "nope", "nah", "nay", "n", "noo", "nooo", "nop", "nopee", "nopes", "nahh", "never", "not", "none", "nothing", "nil", "neither", "negative", "false", "wrong",
        "incorrect", "not really", "not at all", "none of those", "none of them", "none of these", "not that i know of",
        "not that i remember", "not to my knowledge", "no way", "no thanks", "of course not", "absolutely not",
        "definitely not", "certainly not", "i dont", "i do not", "dont", "do not", "doesnt", "didnt", "did not", "havent",
        "have not", "hasnt", "isnt", "arent", "wasnt", "werent", "i havent", "i have not", "i have never", "ive never",
        "i didnt", "i did not", "im not", "i am not", "i wasnt", "i dont think so", "dont think so", "i disagree",
        "disagree",
        // Tagalog, as Filipinos answer in English chats: wala (none), hindi (no), with the polite po or naman (not bare
        // "hindi", the language, nor "wala", as in "chai wala").
        "wala po", "wala naman", "wala naman po", "hindi po", "hindi naman", "hindi naman po",
        "不", "不是", "没有", "没", "无", "否", "不对", "不同意", "不要", "不用", "不行", "不可以", "不愿意", "不需要",
        "不会", "木有", "没得", "莫得", "莫有", "呒没", "呒没的", "not that im aware of", "not that i am aware of", "not as far as i know", "阴性", "都是阴性", "从来没有", "从没", "从未", "并没有", "算了", "不了", "还没到那一步", "没到那一步", "还没到那个地步", "没到那个地步", "还没到那个程度", "not at that stage", "not at that point", "not there yet", "不考虑", "暂时不考虑", "先不考虑", "不参加", "不参加了", "没用过", "没吃过", "不吃", "没吃", "都没有", "当然不",
    ];

    private static readonly string[] Neutral = ["只有", "只是", "就是", "还行", "还可以", "还算可以", "都还可以", "好了", "好多了", "现在好了", "已经好了", "好转", "right now", "just now", "right away", "im ok", "im okay", "im fine", "im good", "im alright", "all good", "对不起", "不好意思", "谢谢", "thanks", "thank you", "please", "well", "um", "uh", "hmm"];

    /// <summary>The matcher over every phrase.</summary>
    public static PhraseMatcher<Polarity> Matcher { get; } = new(
        Yes.Select(p => (p, Polarity.Yes))
            .Concat(WeakYes.Select(p => (p, Polarity.WeakYes)))
            .Concat(No.Select(p => (p, Polarity.No)))
            .Concat(Neutral.Select(p => (p, Polarity.Neutral))));
}

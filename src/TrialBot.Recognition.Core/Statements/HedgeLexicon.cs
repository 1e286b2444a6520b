using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>The hedges of English and Chinese, in folded form; longer phrases win ("probably not" over "probably").</summary>
internal static class HedgeLexicon
{
    private static readonly string[] Leaning =
    [
        "i think so", "i believe so", "think so", "believe so", "probably", "prob", "probs", "likely", "most likely",
        "pretty sure", "fairly sure", "fairly certain", "pretty certain", "im pretty sure", "pretty sure yes", "i think", "i believe", "i guess so", "i guess", "i suppose", "i reckon", "seems so",
        "apparently", "i was told", "they think", "doctor thinks", "the doctor thinks", "if i remember right", "if i remember correctly", "iirc",
        "应该", "应该是", "应该有", "好像", "好像是", "好像有", "大概", "大概是", "估计", "估计是", "似乎", "貌似", "印象中",
        "我记得好像", "听医生说好像",

        // A double negative that affirms, said back to confirm: "it's not like I'm not on dialysis", "can't say I don't", 也不是没做过.
        "its not like im not", "not like im not", "its not like i dont", "not like i dont", "its not that i dont", "not that i dont",
        "not that im not", "cant say i dont", "cant say im not", "cant say i havent", "cant say its not", "wouldnt say i dont",
        "wouldnt say im not", "wouldnt say i havent", "i wouldnt say its not", "wouldnt say its not", "not as if i dont",
        "也不是没", "不是没有", "不能说没有", "不能说没", "也不能说没", "并不是没", "不是没做过", "不是没得过", "不是没用过",
    ];

    private static readonly string[] LeaningNo =
    [
        "not that i know of", "not that i know", "not that im aware of", "not to my knowledge", "not that i remember",
        "not as far as i know", "i dont think so", "dont think so", "i dont think", "dont think", "i dont believe so", "probably not", "likely not",
        "unlikely", "not likely", "i doubt it", "doubt it", "i guess not", "i think not", "prob not", "probs not",
        "应该没有", "应该不是", "应该没", "应该没做过", "应该没有做过", "好像没有", "好像不是", "好像没", "大概没有", "大概不是", "估计没有", "估计不是",
        "似乎没有", "应该不会", "应该不用",

        // "Never heard that I have one": not that they know of. Alone, "never heard of it" is not knowing (UnsureLexicon).
        "没听说过有", "没听说有", "没听说过我有", "没听说我有", "没听过有", "没说过有", "没说过我有", "没说我有", "没有人说过我有",
        "没人说过我有", "never been told i have", "never been told i had", "never told i have", "never told i had",
        "no one ever said i have", "nobody ever said i have", "nobody said i have", "no one said i have",
        "not that anyones told me", "not that anyone told me", "not that anybodys told me", "not that anybody told me",
        "not that ive been told", "not that i was told", "nobody told me so", "no one told me so",
        "没说是", "倒没说是", "没说过是", "没跟我说是", "也没说是",

        // A no that plays something down ("nothing major", 没什么大的): something may lie behind it, so it is confirmed.
        "nothing major", "nothing serious", "nothing big", "nothing crazy", "nothing much", "nothing to speak of",
        "nothing too bad", "nothing really", "没什么大的", "没啥大的", "没什么大问题", "没啥大问题", "没什么大事", "没啥大事",
        "谈不上", "倒谈不上", "算不上",
    ];

    private static readonly string[] Undecided =
    [
        "maybe", "perhaps", "possibly", "might have", "might be", "could be", "may have", "可能", "也许", "或许", "说不定",
        "可能吧", "可能有", "可能是", "怀疑", "怀疑是", "怀疑有",

        // "No one said I don't have it": a double negative, which says neither.
        "没有人说过我没有", "没人说过我没有", "没说过我没有", "没听说我没有", "没听说过我没有", "never been told i dont have",
        "never told i dont have", "no one said i dont have", "nobody said i dont have", "no one ever said i dont have",
    ];

    private static readonly string[] NeverChecked =
    [
        "never tested", "never been tested", "not tested", "wasnt tested", "never checked", "not checked", "never had it checked",
        "never had the test", "没查过", "没测过", "没检查过", "没做过检查", "没化验过", "没查", "没测",
    ];

    private static readonly string[] Pending =
    [
        "waiting on results", "waiting on the results", "waiting for results", "waiting for the results", "waiting on the result",
        "waiting for the result", "waiting on the biopsy", "waiting for the biopsy", "results pending", "result pending",
        "results not back", "results arent back", "results not back yet", "results not in", "still waiting on", "still waiting for",
        "结果还没出", "结果没出", "结果还没出来", "还在等结果", "在等结果", "等结果", "等报告", "报告还没出", "报告没出来",
        "等检查结果", "在等检查结果", "检查结果还没出", "等活检结果", "活检结果还没出",

        // A test under way for what may be the thing asked: "theyre checking if its hemolytic. results thursday", 说要排除狼疮性肺炎.
        "checking if", "checking whether", "checking for", "testing for", "testing to see", "running tests", "doing more tests",
        "to rule out", "ruling out", "results tomorrow", "results next week", "results monday", "results tuesday",
        "results wednesday", "results thursday", "results friday", "要排除", "排除一下", "待排", "待查", "待排查", "还在查", "在排查",
        "还在排查", "等复查", "下周复查",
    ];

    /// <summary>
    /// Never settling whether it is so: who never said (nobody, no one, never, didn't, haven't) how it was never said (said,
    /// told us, explained, worked out, confirmed) and whether ("nobody told us if it was the lupus", 医生也没告诉我们是不是狼疮),
    /// made from its parts so that every way of saying it is read; and a few set phrases (没定论, "nobody knows yet").
    /// </summary>
    private static readonly string[] Unsettled =
    [
        .. from who in (string[])["never", "nobody", "no one", "noone", "didnt", "did not", "havent", "hasnt", "not"]
           from also in (string[])["", "has ", "have ", "had ", "ever ", "has ever ", "really "]
           from how in (string[])["said", "say", "told", "told me", "told us", "told her", "told him", "told them", "tell me", "tell us",
               "tell her", "tell him", "explained", "worked out", "figured out", "found out", "confirmed", "decided", "determined",
               "knew", "know", "could tell", "could say", "really said", "ever said", "ever told us", "ever told me"]
           from whether in (string[])["if", "whether"]
           select $"{who} {also}{how} {whether}",
        .. from who in (string[])["没", "没有", "没人", "没有人", "也没", "都没", "一直没", "还没", "从没"]
           from how in (string[])["说", "讲", "告诉我", "告诉我们", "告诉她", "告诉他", "说清楚", "说清", "讲清楚", "搞清楚", "弄清楚",
               "查清楚", "搞清", "弄清", "确定", "查出", "查出来", "定下来"]
           from whether in (string[])["是不是", "是否", "到底是不是", "算不算", "有没有"]
           select who + how + whether,
        "no one knows if", "nobody knows if", "no one knows whether", "nobody knows whether", "couldnt tell if",
        "couldnt say if", "couldnt say whether", "cant tell if", "still not sure if", "still dont know if",
        "没定论", "一直没定论", "没有定论", "没说定", "没有说定", "不确定是不是", "说不清是不是", "说不准是不是", "还没定",
        "nobody knows yet", "no one knows yet",

        // The doctors disagree: "the neurologist and my rheumatologist dont agree", 两个医生意见不一 (not "I do not agree").
        .. from who in (string[])["doctors", "drs", "docs", "they", "specialists", "rheumatologist", "rheumatologists", "neurologist",
               "neurologists", "rheumy", "neuro doc", "consultants", "hospitals"]
           from disagree in (string[])["dont agree", "do not agree", "disagree", "cant agree", "cannot agree", "never agreed", "didnt agree"]
           select $"{who} {disagree}",
        "dont agree on", "disagree on", "disagree about", "dont agree about", "dont agree if", "dont agree whether",
        "dont agree with each other", "disagree with each other",
        "意见不一", "意见不统一", "意见不一样", "说法不一", "说法不一样", "说法不统一",
    ];

    /// <summary>The matcher over every phrase.</summary>
    public static PhraseMatcher<Hedge> Matcher { get; } = new(
        Leaning.Select(p => (p, Hedge.Leaning))
            .Concat(LeaningNo.Select(p => (p, Hedge.LeaningNo)))
            .Concat(Undecided.Select(p => (p, Hedge.Undecided)))
            .Concat(NeverChecked.Select(p => (p, Hedge.NeverChecked)))
            .Concat(Pending.Select(p => (p, Hedge.Pending)))
            .Concat(Unsettled.Select(p => (p, Hedge.Unsettled))));
}

using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>The words of a medicine's status in English and Chinese, in prepared form; longer phrases win.</summary>
internal static class StatusLexicon
{
    private static readonly string[] StoppedEither =
    [
        "stopped", "stop", "quit", "quitted", "no longer", "no longer on", "no longer take", "no longer taking", "used to",
        "used to take", "used to be on", "use to", "previously", "was on", "were on", "was taking", "used", "tried",
        "discontinued", "came off", "come off", "got off", "tapered off", "weaned off", "stopped taking", "had to stop",

        // A medicine the person cannot take is not taken: "she cant take plaquenil, she broke out in a rash from it".
        "cant take", "cannot take", "can not take", "couldnt take", "cant tolerate", "couldnt tolerate", "allergic to",
        "不能吃", "吃不了", "不能用", "过敏",
        "停了", "停", "停药", "已停", "停掉", "停掉了", "停用", "停用了", "以前", "之前", "曾经", "以前吃过", "之前吃过",
        "以前用过", "之前用过", "曾经用过", "曾用", "吃过", "用过", "早就停了", "已经停了",

        // Paused is not taken now: "cellcept (on hold since october)", "imuran was paused for the surgery", 骁悉暂停了.
        "on hold", "put on hold", "paused", "on pause", "taking a break from", "having a break from", "off it for now",
        "stopped for now", "暂停", "暂停了", "先停了", "暂时停了", "暂时不吃", "先不吃了",
    ];

    private static readonly string[] StoppedForward = ["off", "off of"];

    private static readonly string[] StoppedBackward =
    [
        "anymore", "any more", "in the past", "stopped it", "stopped them", "not anymore", "dont take anymore",
        "dont take it anymore", "no more", "不吃了", "不用了", "没吃了", "没再吃", "不再吃", "停了好久", "没用了",
        "已经不吃了", "早就不吃了",

        // Taken up to a time said: "methotrexate until 2024 but it messed with my liver" (read as taken now before: an
        // immunosuppressant that lifts the steroid minimum).
        "until", "till", "up until", "up till",

        // A change of medicine stops the ones named before it: "azathioprine for a year then switched to cellcept".
        "switched to", "switched me to", "switched over to", "changed to", "changed me to", "changed over to", "swapped to",
        "swapped for", "moved me to", "replaced by", "replaced with", "换成", "换成了", "改成", "改成了", "改用", "换用", "后来换",
    ];

    private static readonly string[] PlannedEither =
    [
        "going to start", "gonna start", "will start", "starting next", "about to start", "plan to start", "planning to",
        "supposed to start", "due to start", "will be starting", "havent started", "not started", "not started yet",

        // Prescribed but never begun: "a script for methotrexate in october but she hasnt started it", 开了还没吃.
        "hasnt started", "didnt start", "never started", "never filled", "never picked up", "hasnt taken it",
        "havent taken it", "没开始吃", "还没吃", "一直没吃", "开了没吃", "没去拿药", "还没用", "还没打", "还没开始用", "还没开始打",
        "准备", "准备用", "准备吃", "打算", "打算用", "将要", "要开始", "下周开始", "下个月开始", "马上开始", "还没开始",
        "医生说要用", "医生让我准备",
    ];

    // What a doctor only proposes is not taken yet, and the proposal comes before the medicine: "prednisone only,
    // they're thinking of adding aza", "pred 10 and my doc wants to start me on benlysta".
    private static readonly string[] PlannedForward =
    [
        "thinking of adding", "thinking about adding", "thinking of starting", "thinking about starting", "thinking of",
        "thinking about", "talking about", "talked about", "considering", "might add", "may add", "might start", "may start",
        "going to add", "will add", "want to add", "wants to add", "want to start", "wants to start", "wants me to start",
        "wants me to try", "want me to try", "might put me on", "may put me on", "going to put me on", "wants to put me on",
        "wants to start me on", "want to start me on", "going to start me on", "will start me on", "might start me on",
        "may start me on", "about to start me on", "thinking of putting me on", "thinking about putting me on",
        "recommended", "suggested", "waiting to start", "waiting for approval", "waiting on approval",
        "考虑", "考虑加", "考虑用", "可能加", "可能要加", "想加", "要加", "准备加", "打算加", "建议", "建议用", "医生建议",
    ];

    private static readonly string[] PlannedBackward = ["next week", "next month", "soon", "starting soon"];

    /// <summary>
    /// Not knowing whether it is taken, as a carer says it: "not sure if she takes it", "dont know if hes actually taking
    /// it", 不知道她到底有没有在吃, made from its parts so that every way of saying it is read.
    /// </summary>
    private static readonly string[] UncertainEither =
    [
        .. from doubt in (string[])["not sure", "dont know", "do not know", "no idea", "unsure", "not certain"]
           from whether in (string[])["if", "whether"]
           from who in (string[])["she", "he", "they", "mum", "mom", "dad", "my mum", "my mom", "my dad", "my mother", "my father", "my husband", "my wife", "my son", "my daughter"]
           from takes in (string[])["takes", "takes it", "is taking", "is taking it", "actually takes", "really takes", "still takes", "is on", "is still on", "is actually taking"]
           select $"{doubt} {whether} {who} {takes}",
        .. from doubt in (string[])["not sure", "dont know", "no idea"]
           from whether in (string[])["if", "whether"]
           from takes in (string[])["shes taking", "hes taking", "shes on", "hes on", "shes actually taking", "hes actually taking", "theyre taking"]
           select $"{doubt} {whether} {takes}",
        .. from doubt in (string[])["not sure", "dont know", "do not know", "no idea"]
           from whether in (string[])["if", "whether"]
           from who in (string[])["she", "he", "they", "mum", "mom", "dad"]
           from back in (string[])["has", "has restarted", "restarted", "went back on", "has gone back on", "is back on", "started again", "has started again"]
           select $"{doubt} {whether} {who} {back}",
        .. from doubt in (string[])["不知道", "不确定", "不清楚", "搞不清", "说不清", "也不知道"]
           from who in (string[])["", "她", "他", "我妈", "我爸", "老人"]
           from really in (string[])["", "到底", "究竟"]
           from whether in (string[])["有没有", "是不是", "是否"]
           from takes in (string[])["在吃", "吃", "在用", "用", "按时吃"]
           select doubt + who + really + whether + takes,
    ];

    private static readonly string[] Negation =
    [
        "no", "not", "never", "none", "without", "dont take", "do not take", "didnt take", "never took", "never taken",
        "not taking", "not on", "not using", "not on any", "没有", "没", "无", "不吃", "没吃", "没用", "没用过", "没吃过", "从没", "从来没",
        "不用", "没有用", "没有吃",
    ];

    private static readonly string[] CurrentEither =
    [
        "now", "currently", "still", "at the moment", "right now", "these days", "started", "take", "taking", "on",

        // Taken up to now is taken now: "on cellcept from 2020 up until now" (not the "until" of a time past).
        "until now", "up until now", "till now", "up till now", "until today", "up to now", "to this day", "到现在", "至今",
        "现在", "目前", "还在", "在吃", "正在", "正在吃", "开始吃", "还吃", "一直吃", "一直在吃", "在用", "还在用",

        // No allergy is no reason to stop: 吃了不过敏 (过敏 alone stops a medicine).
        "不过敏", "没过敏", "没有过敏",
    ];

    /// <summary>The matcher over every phrase.</summary>
    public static PhraseMatcher<StatusCue> Matcher { get; } = new(
        StoppedEither.Select(p => (p, new StatusCue(MedicineStatus.Stopped, CueReach.Either)))
            .Concat(StoppedForward.Select(p => (p, new StatusCue(MedicineStatus.Stopped, CueReach.Forward))))
            .Concat(StoppedBackward.Select(p => (p, new StatusCue(MedicineStatus.Stopped, CueReach.Backward))))
            .Concat(PlannedEither.Select(p => (p, new StatusCue(MedicineStatus.Planned, CueReach.Either))))
            .Concat(PlannedForward.Select(p => (p, new StatusCue(MedicineStatus.Planned, CueReach.Forward))))
            .Concat(PlannedBackward.Select(p => (p, new StatusCue(MedicineStatus.Planned, CueReach.Backward))))
            .Concat(UncertainEither.Select(p => (p, new StatusCue(MedicineStatus.Uncertain, CueReach.Either))))
            .Concat(Negation.Select(p => (p, new StatusCue(null, CueReach.Either))))
            .Concat(CurrentEither.Select(p => (p, new StatusCue(MedicineStatus.Current, CueReach.Either)))));
}

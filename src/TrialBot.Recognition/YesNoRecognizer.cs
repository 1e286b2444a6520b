using System.Text.RegularExpressions;
using TrialBot.Recognition.Answers;
using TrialBot.Recognition.Statements;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads the answer to a yes/no question, English and Chinese in any culture (the phrases do not collide): "yes",
/// "yeah", "of course", "I do", 是的, 有, 好的, 同意, 嗯; "no", "nope", "never", "none of those", "not that I know of",
/// "I don't", 没有, 不是, 不同意, 从来没有; and "I don't know", "not sure", "no idea", 不知道, 不记得, 忘了 as unsure.
/// With the question's subject (<see cref="YesNoSubject"/>) an answer is also read as a statement about it: "I had a
/// kidney transplant in 2015" is yes, "never had dialysis" no, "epilepsy, not from lupus" yes.
/// </summary>
/// <remarks>
/// A phrase of not knowing wins over everything ("no idea" is unsure, not no). A hedge makes the reading one to confirm
/// ("I think so", "probably", 应该有, 好像是 → yes; "I don't think so", "probably not", 应该没有 → no); "maybe" alone is
/// unsure. A statement about the subject decides before the plain words; a clear yes together with a no ("yes and no")
/// is ambiguous; a negation overrides a weak yes ("I have never" is no).
/// </remarks>
public static partial class YesNoRecognizer
{
    /// <summary>The problem code of an answer that says something about the question's subject both ways.</summary>
    public const string MixedStatement = "mixed-statement";

    /// <summary>The problem code of an answer of several words that says something, but neither yes nor no to what is asked.</summary>
    public const string UnclearStatement = "unclear-statement";

    /// <summary>Reads the yes/no answer in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">Accepted for symmetry with the other recognizers; both languages are always read.</param>
    /// <returns>True for yes, false for no; unsure; <see cref="RecognitionProblem.Ambiguous"/> for both;
    /// <see cref="RecognitionProblem.NotYesOrNo"/> for neither.</returns>
    public static Recognition<bool> Recognize(string? text, string? culture) => Recognize(text, culture, null);

    /// <summary>Reads the answer in <paramref name="text"/> to a question about <paramref name="subject"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">Accepted for symmetry with the other recognizers; both languages are always read.</param>
    /// <param name="subject">What the question asks about, or null to read plain yes/no words only.</param>
    /// <returns>True for yes, false for no (tentative after a hedge); unsure; <see cref="RecognitionProblem.Ambiguous"/>
    /// for a yes and a no; <see cref="MixedStatement"/> for a statement both ways; <see cref="RecognitionProblem.NotYesOrNo"/>
    /// for neither.</returns>
    public static Recognition<bool> Recognize(string? text, string? culture, YesNoSubject? subject) =>
        InputGuard.Normalize(text).Bind(normalized => RecognizePrepared(AnswerText.Fold(normalized), subject));

    /// <summary>Reads a folded answer (<see cref="AnswerText.Fold"/>) with plain yes/no words only; also used to read
    /// "no"/"none" in other answers.</summary>
    internal static Recognition<bool> RecognizePrepared(string folded)
    {
        if (UnsureLexicon.IsUnsure(folded))
        {
            return Recognition.Unsure<bool>();
        }

        return PlainPolarity(folded);
    }

    /// <summary>
    /// True when a folded answer with no figure in it is a plain no ("no", "nope", 没有): to a question that asks whether
    /// the person knows a figure ("Do you know your IgA? If so, what was it?"), that is not knowing it.
    /// </summary>
    internal static bool IsPlainNoWithoutFigure(string folded) =>
        !folded.Any(char.IsAsciiDigit) && PlainPolarity(folded) is { IsRecognized: true, Value: false };

    private static Recognition<bool> RecognizePrepared(string folded, YesNoSubject? subject)
    {
        // "legs swollen n rash still": a lone "n" between words is "and", as typed in a text message, not a no.
        folded = TextedAnd().Replace(folded, "and");

        // "信号断了，刚才那条不知道发出去没有：没有", "not sure my last message went through - no": a doubt about the message,
        // not the answer; what follows it decides.
        folded = MessagingAside().Replace(folded, " ");

        // "Yeah no, nothing like that", "yeah no it's been bad": an opening "yeah no" says neither; what follows decides.
        folded = YeahNoOpening().Replace(folded, " ");

        // "嗯，化验也不行", "肾不行了": 不行 after what it is said of is how that thing is (not good), no answer of its own.
        folded = SaidOfSomethingNoGood().Replace(folded, "不好");

        // "Not tablets, but in hospital they gave me methylpred through a drip…", "not really, but i had a seizure", "Not
        // heart or lungs, no. I've had someone else's liver since 2011 though": the no is about the things named first,
        // not the question; what follows decides, to confirm.
        var notThis = NotThisButThat().Match(folded) is { Success: true } butThat ? butThat : NotTheseNoThough().Match(folded);
        if (notThis.Success && !(DeniedThenNamed().IsMatch(notThis.Value) && subject is not null
            && subject.Matcher.FindAll(notThis.Value).Any(mention => mention.Tag == MentionRole.About)))
        {
            // (Unless what is denied and replaced is what the question asks about: "不是红斑狼疮，是干燥综合征" is a no to lupus.)
            var afterBut = RecognizePrepared(folded.Remove(notThis.Index, notThis.Length), subject);
            return afterBut.IsRecognized ? afterBut.AsTentative() : afterBut;
        }

        // "…一天两次一次40，那个不算吧？", "有桥本甲状腺炎，只吃优甲乐，这个不算吧？": a question whether it counts, presuming
        // not or asking both ways (这个算不算？, 那个算大剂量不？, 癫痫算吗？), states nothing (its 不 is no no); what is
        // described decides, to confirm. Asked both ways about something the question does not speak of (抑郁症算吗),
        // the question is the person's own doubt: asked again, never read as a no.
        if (CountingQuestion().Match(folded) is { Success: true } counting
            && !(counting.Groups["plain"].Success && folded[(counting.Index + counting.Length)..].Trim().Length == 0
                && !ClauseBreak().IsMatch(folded[..counting.Index].Trim())))
        {
            // (偏头痛算吗？ alone is a question asked back, answered by the question's explanation.)
            var asked = CountingQuestion().Replace(folded, " ");
            var described = RecognizePrepared(asked, subject);
            return !described.IsRecognized ? described
                : !described.Value && !counting.Groups["presumed"].Success && subject is not null && subject.Matcher.FindAll(asked).Count == 0
                    ? Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous)
                : described.AsTentative();
        }

        // 中 (Henan), 得 (Cantonese), 系 alone: a dialect's OK, only as the whole answer (中 is inside 中风, 系 inside 关系).
        if (DialectYes().IsMatch(folded))
        {
            return Recognition.Of(true);
        }

        // 👍, 👌, ✅ or 👎, ❌ as the whole answer.
        if (EmojiAnswer().Match(folded) is { Success: true } emoji)
        {
            return Recognition.Of(emoji.Groups["yes"].Success);
        }

        // "I can't say I've ever had a stroke or anything like it": a careful no about what follows, to confirm.
        if (CarefulNo().IsMatch(folded))
        {
            return Recognition.Tentative(false);
        }

        // "没有吧……哦不对，其实有", "no wait, yes": what is said after taking the first answer back, to confirm.
        if (SelfCorrection.TakenBackAt(folded) is { } takenBack && takenBack > 0 && takenBack < folded.Length
            && RecognizePrepared(folded[takenBack..], subject) is { IsRecognized: true } corrected)
        {
            return corrected.AsTentative();
        }

        // "我要是在危象里还能坐这打字？没有", "移植？我连献血都没献过，没有": a question asked for effect, then the plain answer,
        // which stands (not after a question whether something counts: "had a transplant, does that count? probably not").
        if (AnswerAfterQuestion().Match(folded) is { Success: true } afterQuestion
            && Clauses.Split(afterQuestion.Groups["answer"].Value) is { Count: > 0 } clauses
            && afterQuestion.Groups["answer"].Value[clauses[^1].Start..clauses[^1].End] is var lastClause
            && OnlyPolarityWords(lastClause) && !AsksWhetherItCounts().IsMatch(folded[..afterQuestion.Index]))
        {
            folded = lastClause;
        }

        // "什么叫危象？应该没有吧", "does a cornea count? otherwise no": a question asked back, then the answer: the answer.
        // Not when the question follows a statement ("had a kidney transplant, does that count? probably not"): the
        // statement stands, and the whole is read.
        if (AnswerAfterQuestion().Match(folded) is { Success: true } after && (OpensAsQuestion().IsMatch(folded) || (EchoedSubject().IsMatch(folded) && OnlyPolarityWords(after.Groups["answer"].Value))))
        {
            folded = after.Groups["answer"].Value;
        }

        // "No. Why, do they do a transplant in this study?", "没有。这个研究要做移植吗？": the answer, then a question asked back
        // about the thing: the question states nothing.
        // Not a question whether something counts ("No. Does a kidney transplant count?"): that one says it happened.
        if (QuestionAfterAnswer().Match(folded) is { Success: true } answered
            && (OnlyPolarityWords(answered.Groups["answer"].Value) || DialectYes().IsMatch(answered.Groups["answer"].Value))
            && !AsksWhetherItCounts().IsMatch(folded[answered.Groups["answer"].Length..]))
        {
            // "中，啥治疗啊，疼不疼？": a dialect's OK before the question is the answer too.
            if (DialectYes().IsMatch(answered.Groups["answer"].Value))
            {
                return Recognition.Of(true);
            }

            folded = answered.Groups["answer"].Value;
        }

        // 能不能, 可不可以: a question inside the answer ("想问问我能不能参加"), neither a yes nor a no.
        folded = AskingBothWays().Replace(folded, m => new string(' ', m.Length));

        // "补体C3 0.58，比正常低", "complement below normal": a figure set against normal is no "normal".
        folded = AgainstNormal().Replace(folded, m => new string(' ', m.Length));

        // "might need dialysis eventually, not yet", 以后可能要透析，现在还没有: what is said only of the future states nothing
        // about what is or has been.
        if (subject is not null)
        {
            folded = FutureOnly.Blank(folded);
        }
        var hedges = HedgeLexicon.Matcher.FindAll(folded);
        var kinds = hedges.Select(h => h.Tag).ToHashSet();
        var unhedged = Durations.DayNotKnown.BlankAnyDetail(Blank(folded, hedges));
        if (kinds.Contains(Hedge.NeverChecked) || kinds.Contains(Hedge.Unsettled) || NotTheWord().IsMatch(folded))
        {
            return Recognition.Unsure<bool>();
        }

        if (UnsureLexicon.IsUnsure(unhedged))
        {
            // "I'm not sure what counts. I've had a rash since September that won't shift…", 伐晓得算伐算，就是疹子一直没退:
            // unsure only whether what the person describes counts, and it names the thing asked about: asked again (the
            // question's follow-up lets them say what the doctor called it), never taken as not knowing.
            if (subject is not null && WhetherItCounts().IsMatch(unhedged)
                && OutsideTheDoubt(unhedged) is { Length: > 0 } described
                && StatementReader.Read(described, subject, out _) is StatementPolarity.Yes or StatementPolarity.Mixed or StatementPolarity.YesNow)
            {
                return Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous);
            }

            // "No. I forget where I put my glasses, but I'm told that's just age!": a plain answer in a sentence of its own,
            // and a word of not knowing in another that is about something else: the answer, to confirm. Not "No. Not
            // sure." nor "No. I don't remember if it was a stroke": the not knowing is then about what is asked.
            return subject is not null && BareFirstSentence(unhedged, out var afterIt) is { } bare
                && !UnsureLexicon.IsWholeAnswer(afterIt) && StatementReader.Read(afterIt, subject, out _) == StatementPolarity.None
                ? Recognition.Tentative(bare)
                : Recognition.Unsure<bool>();
        }

        var reading = Read(unhedged, subject);
        if (kinds.Contains(Hedge.Pending))
        {
            // "they did a biopsy, waiting on results": nothing is known yet; "还没确诊，在等结果" is still a no.
            // Not when the thing is suspected ("医生怀疑还有干燥综合征…结果还没出来…还没说") nor when the no is only that nobody
            // has said so ("not that anyones told me. but … theyre checking if its hemolytic"): then nothing is settled.
            return reading.IsRecognized && !reading.Value && !reading.IsTentative && !kinds.Contains(Hedge.Undecided) && !kinds.Contains(Hedge.LeaningNo)
                ? reading : Recognition.Unsure<bool>();
        }

        if (kinds.Contains(Hedge.LeaningNo))
        {
            return reading.IsRecognized && reading.Value ? Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous) : Recognition.Tentative(false);
        }

        if (kinds.Contains(Hedge.Leaning))
        {
            return reading.IsRecognized ? reading.AsTentative() : reading.Problem is RecognitionProblem.NotYesOrNo or UnclearStatement ? Recognition.Tentative(true) : reading;
        }

        if (kinds.Contains(Hedge.Undecided))
        {
            return reading.IsRecognized ? reading.AsTentative() : reading.Problem is RecognitionProblem.NotYesOrNo or UnclearStatement ? Recognition.Unsure<bool>() : reading;
        }

        if (subject is not null && !reading.IsRecognized && !reading.IsUnsure
            && reading.Problem is RecognitionProblem.Ambiguous or UnclearStatement or RecognitionProblem.NotYesOrNo
            && BareFirstClause(unhedged) is { } first
            && (first || AfterFirstClause(unhedged) is not { } rest || StatementReader.Read(rest, subject, out _) is not (StatementPolarity.Yes or StatementPolarity.Mixed or StatementPolarity.YesNow)))
        {
            // "No. My older brother had a kidney transplant … but that was him, not me.", "係，腎炎上個月先翻發": a plain
            // answer in its own first clause, and a story after it that the reading could not weigh: the answer, to
            // confirm. Not a no beside a story that affirms the thing ("No. I had a stroke in 2019 though"): asked again.
            return Recognition.Tentative(first);
        }

        return reading;
    }

    /// <summary>What follows the first clause, if anything.</summary>
    private static string? AfterFirstClause(string text) =>
        Clauses.Split(text) is { Count: > 1 } clauses ? text[clauses[1].Start..] : null;

    /// <summary>The yes or no of a first clause that is nothing else (a plain word or a dialect's OK), when more follows.</summary>
    private static bool? BareFirstClause(string text)
    {
        var clauses = Clauses.Split(text);
        if (clauses.Count < 2)
        {
            return null;
        }

        var first = text[clauses[0].Start..clauses[0].End];
        return DialectYes().IsMatch(first) ? true : BarePolarity(first);
    }

    /// <summary>The plain yes or no of a part that is nothing but yes/no words ("No", 没有), or null.</summary>
    private static bool? BarePolarity(string part) =>
        OnlyPolarityWords(part) && PlainPolarity(part) is { IsRecognized: true, IsTentative: false } plain ? plain.Value : null;

    private static Recognition<bool> Read(string unhedged, YesNoSubject? subject)
    {
        if (subject is null)
        {
            // "不是，她生日是三月的，今年三月刚过完": a plain no in its own first clause, then why; the why's words of being
            // (是, 有) are no second answer. Not a first yes ("yes, but the dose is wrong" to the review): that one stays
            // both ways, and is asked again.
            return PlainPolarity(unhedged) is { Problem: RecognitionProblem.Ambiguous }
                && Clauses.Split(unhedged) is { Count: > 1 } clauses
                && unhedged[clauses[0].Start..clauses[0].End] is var first && OnlyPolarityWords(first)
                && PlainPolarity(first) is { IsRecognized: true, Value: false } firstNo
                ? firstNo
                : PlainPolarity(unhedged);
        }

        if (Questions.QuestionBack.IsFoldedQuestion(unhedged))
        {
            // "had a kidney transplant, does that count?": a statement, then a question about it; what it affirms stands
            // (a hedged "probably not" after it is then both ways, and asked again). A question alone states nothing.
            if (OpensAsQuestion().IsMatch(unhedged) || Clauses.Split(unhedged).Count < 2)
            {
                return PlainPolarity(unhedged);
            }

            // "做过角膜移植，这个算吗？": a statement of what does not count, asked about: a no, to confirm.
            return StatementReader.Read(unhedged, subject, out _) switch
            {
                StatementPolarity.Yes or StatementPolarity.Mixed or StatementPolarity.YesNow => Recognition.Of(true),
                StatementPolarity.No => Recognition.Tentative(false),
                _ => PlainPolarity(unhedged),
            };
        }

        var statement = StatementReader.Read(unhedged, subject, out var bareNo);
        return (statement, bareNo) switch
        {
            // "现在没有，去年溶血住过院，早就恢复了": a no, then a past one that is over: the no, said back to confirm. Only
            // for a question about now: to "have you ever had…", "no, a stroke in 2019, just migraines now" is asked again.
            (StatementPolarity.Mixed, true) when subject.AsksAboutNow => Recognition.Tentative(false),
            (StatementPolarity.NoNow, true) => Recognition.Tentative(false),
            (StatementPolarity.NoNow, _) => Recognition.Tentative(false),
            (StatementPolarity.YesNow, true) => Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous),
            (StatementPolarity.YesNow, _) => Recognition.Tentative(true),
            // "Yes. The kidneys are quiet these days but my skin and joints have been flaring": the yes, to confirm.
            (StatementPolarity.Mixed, false) => Recognition.Tentative(true),
            (StatementPolarity.Mixed, _) => Recognition.NotUnderstood<bool>(MixedStatement),
            (StatementPolarity.Yes, true) or (StatementPolarity.No, false) => Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous),
            (StatementPolarity.Yes, _) => Recognition.Of(true),
            (StatementPolarity.No, _) => Recognition.Of(false),
            (_, true) => Recognition.Of(false),
            (_, false) => Recognition.Of(true),
            _ => Fallback(unhedged),
        };
    }

    /// <summary>The plain words of an answer that states nothing about the subject; a statement whose only "no" words
    /// negate verbs of their own ("had a fit once, they never found out why") is unclear, not a no, and beside a yes it
    /// is that yes ("yep my bloods are never in range").</summary>
    private static Recognition<bool> Fallback(string unhedged)
    {
        var plain = PlainPolarity(unhedged);
        if (!IsStatement(unhedged))
        {
            return plain;
        }

        var noWords = YesNoLexicon.Matcher.FindAll(unhedged).Where(m => m.Tag == Polarity.No).Select(m => (m.Start, m.End)).ToList();
        if (plain is { Problem: RecognitionProblem.Ambiguous } && StatementReader.OnlyNegatesVerbs(unhedged, noWords))
        {
            // "yep my bloods are never in range": the "never" says something about the bloods, the "yep" answers.
            return Recognition.Of(true);
        }

        return plain is { Problem: RecognitionProblem.NotYesOrNo } || (plain is { IsRecognized: true, Value: false } && StatementReader.OnlyNegatesVerbs(unhedged, noWords))
            ? Recognition.NotUnderstood<bool>(UnclearStatement)
            : plain;
    }

    /// <summary>The yes or no of a first sentence that is nothing else ("No. I forget where…"), when more follows it (<paramref name="rest"/>).</summary>
    private static bool? BareFirstSentence(string text, out string rest)
    {
        var end = text.IndexOfAny(['.', '!', '。', '！']);
        rest = end < 0 ? string.Empty : text[(end + 1)..];
        if (end <= 0 || string.IsNullOrWhiteSpace(rest.Trim('.', '!', '。', '！', ' ')))
        {
            return null;
        }

        return BarePolarity(text[..end]);
    }

    /// <summary>True when <paramref name="text"/> is nothing but yes/no words ("no", "nope", 没有): a bare answer.</summary>
    private static bool OnlyPolarityWords(string text)
    {
        var words = YesNoLexicon.Matcher.FindAll(text);
        var rest = text.ToCharArray();
        foreach (var word in words)
        {
            Array.Fill(rest, ' ', word.Start, word.Length);
        }

        return words.Count > 0 && string.IsNullOrWhiteSpace(new string(rest));
    }

    private static Recognition<bool> PlainPolarity(string folded)
    {
        var polarities = YesNoLexicon.Matcher.FindAll(folded).Select(m => m.Tag).ToHashSet();
        var no = polarities.Contains(Polarity.No);
        var yes = polarities.Contains(Polarity.Yes);
        return (yes, no, weakYes: polarities.Contains(Polarity.WeakYes)) switch
        {
            (true, true, _) => Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous),
            (_, true, _) => Recognition.Of(false),
            (true, _, _) or (_, _, true) => Recognition.Of(true),
            _ => Recognition.NotUnderstood<bool>(RecognitionProblem.NotYesOrNo),
        };
    }

    /// <summary>
    /// A Chinese question asked both ways about doing something or how it will be (能不能, 可不可以, 会不会, 要不要, 行不行,
    /// 需不需要, and any 疼不疼, 远不远, 用不用). Not 是不是, 有没有 or 算不算: those ask whether something is so
    /// ("医生也没说清楚是不是狼疮引起的"), and what they govern stays uncertain.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"能不能|可不可以|需不需要|([\p{IsCJKUnifiedIdeographs}-[不没是算有]])不\1")]
    private static partial System.Text.RegularExpressions.Regex AskingBothWays();

    /// <summary>The clauses of an answer other than those that doubt whether something counts.</summary>
    private static string OutsideTheDoubt(string text) =>
        string.Join("，", Clauses.Split(text).Select(c => text[c.Start..c.End]).Where(c => !WhetherItCounts().IsMatch(c) && !Questions.QuestionBack.IsFoldedQuestion(c))).Trim();

    /// <summary>Not knowing only whether something counts: "not sure what counts", "dont know if that counts", 不知道算不算,
    /// 伐晓得算伐算, 唔知算唔算.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:not sure|unsure|dont know|no idea|idk)\s+(?:what|if|whether)\s+(?:that\s+|it\s+|this\s+)?counts?\b|(?:不知道|不晓得|伐晓得|唔知|不清楚|说不好|搞不清)(?:这个|这|那个)?算(?:不|伐|唔)算")]
    private static partial System.Text.RegularExpressions.Regex WhetherItCounts();

    /// <summary>A figure set against normal: 比正常低, 低于正常值, 不在正常范围, "lower than normal", "below normal", "out of the normal range".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"比正常(?:值|范围|水平)?(?:还|要|稍|偏|都)?(?:低|高|少|多|差)|[低高]于正常(?:值|范围|水平)?|偏离正常|不在正常(?:值|范围)?(?:内|之内)?|\b(?:lower|higher|less|more|worse) than (?:normal|usual)\b|\b(?:below|above|outside(?: of)?|out of|not in) (?:the )?normal(?: range| limits?)?\b")]
    private static partial System.Text.RegularExpressions.Regex AgainstNormal();

    /// <summary>An answer that opens with a question word ("what", "does", "is it", 什么, 怎么, 为什么, 哪), or with one Chinese
    /// clause asked with 吗, 么 or 呢 ("危象是指很严重、要住院抢救那种吗？"; not "做过角膜移植，这个算吗？", a statement then a question).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:(?:what|whats|wats|wat|how|why|which|does|do|is|are|can|could|should|would|where|who|whos)(?![a-z])|什么|啥|怎么|为什么|哪|请问)|^[^，,。;；?？]{1,40}(?:吗|么|呢)\s*[?？]")]
    private static partial System.Text.RegularExpressions.Regex OpensAsQuestion();

    /// <summary>The question's subject said back as a question before a bare answer: "换肾？木有", "洗肾？没有没有", "dialysis? nope"
    /// ("透析？一周三次" is a statement about it, and is read whole).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:\p{IsCJKUnifiedIdeographs}{1,6}|[a-z]+(?:\s+[a-z]+)?)\s*[?？]+")]
    private static partial System.Text.RegularExpressions.Regex EchoedSubject();

    /// <summary>A question whether something counts or what a word means: "does a transplant count?", 这个算吗, "is that included?".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:count|counts|counted|include|includes|included|mean|means|qualify|qualifies)\b|算|包括|意思")]
    private static partial System.Text.RegularExpressions.Regex AsksWhetherItCounts();

    /// <summary>A plain answer in its own sentence, then one question to the end: "No. Why, do they do a transplant?", "没有。要做移植吗？".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?<answer>[^.!?。！？,，]{1,8}?)\s*[.!。！,，]+\s*(?:(?:why|what|how|do|does|is|are|can|could|would|will|so|but|and)(?![a-z])[^.!?。！？]*|[^.!?。！？]{1,40}(?:吗|么|呢)|(?:啥|什么|怎么|咋|为什么|为啥|哪|多少|几|请问)[^.!?。！？]*|[^.!?。！？]{0,30}([\p{IsCJKUnifiedIdeographs}-[不没是算有]])不\1[^.!?。！？]{0,10})\s*[?？]+\s*$")]
    private static partial System.Text.RegularExpressions.Regex QuestionAfterAnswer();

    /// <summary>What follows the last question mark, when it says something (a letter, a Chinese character or a digit).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[?？]\s*(?<answer>[^?？]*[\p{L}\p{N}][^?？]*)$")]
    private static partial System.Text.RegularExpressions.Regex AnswerAfterQuestion();

    /// <summary>True for an answer of several words that is not a question ("my kidneys had some issues a while ago").</summary>
    private static bool IsStatement(string folded) =>
        !folded.Contains('?', StringComparison.Ordinal) && !folded.Contains('？', StringComparison.Ordinal)
        && (Words().Count(folded) >= 3 || (ScriptDetector.ContainsHan(folded) && folded.Trim().Length >= 4));

    [System.Text.RegularExpressions.GeneratedRegex(@"[a-z]+")]
    private static partial System.Text.RegularExpressions.Regex Words();

    /// <summary><paramref name="text"/> with <paramref name="hedges"/> blanked out, positions kept.</summary>
    internal static string Blank(string text, IReadOnlyList<PhraseMatch<Hedge>> hedges)
    {
        if (hedges.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var hedge in hedges)
        {
            Array.Fill(chars, ' ', hedge.Start, hedge.Length);

            // 没说是危象, 没说是狼疮引起的: what nobody said is so is read as not so ("不是"), to confirm.
            if (hedge.Tag == Hedge.LeaningNo && hedge.Length >= 3 && text.AsSpan(hedge.Start, hedge.Length).EndsWith("说是", StringComparison.Ordinal))
            {
                chars[hedge.Start + hedge.Length - 2] = '不';
                chars[hedge.Start + hedge.Length - 1] = '是';
            }
        }

        return new string(chars);
    }

    /// <summary>The doctors not using the question's word ("医生冇用「危象」呢两个字，但系…", "they never called it a crisis"):
    /// nothing is said of the thing itself, only of the word; whether it counts is not known.</summary>
    [GeneratedRegex(@"(?:没|没有|从没|不)(?:用|说|讲|叫|提)(?:过)?\s*[「“""'『]?\p{IsCJKUnifiedIdeographs}{1,6}[」”""'』]?\s*(?:这|呢|那|嗰)?(?:两|几|一)?个?(?:字|词)|\b(?:didnt|did not|never|wouldnt|would not|hasnt|havent)\s+(?:use|used|say|said|call|called)\s+(?:it\s+)?(?:the\s+word|that\s+word|a\s+crisis|it\s+a\s+crisis)\b")]
    private static partial Regex NotTheWord();

    /// <summary>A thumbs-up, an OK hand or a tick (yes), or a thumbs-down or a cross (no), as the whole answer.</summary>
    [GeneratedRegex(@"^\s*(?:(?:(?<yes>👍|👌|✅|☑|✔|🙆)|👎|❌|✖|🙅)(?:\uFE0F|\u200D|\uD83C[\uDFFB-\uDFFF]|[\u2640\u2642])*\s*)+$")]
    private static partial Regex EmojiAnswer();

    /// <summary>"can't say I've ever had", "cannot say she has ever been told": a careful no about having what follows (not
    /// "can't say it's ever been under control", which says the contrary).</summary>
    [GeneratedRegex(@"\b(?:i\s+)?(?:cant|cannot|can not)\s+say\s+(?:that\s+)?(?:ive|i\s+have|i|she|shes|she\s+has|he|hes|he\s+has)\s+(?:ever\s+had|had\s+any|ever\s+been\s+(?:told|diagnosed))\b")]
    private static partial Regex CarefulNo();

    /// <summary>A dialect's OK as the whole answer: 中, 中中, 中啊 (Henan), 得 (Cantonese), 系 (Cantonese "yes"), 要得 (Sichuan).</summary>
    [GeneratedRegex(@"^[\s,，.。!！~]*(?:中|中中|得|系|要得|要得嘛|要得要得|算|算是|算吧)\s*(?:啊|呀|嘞|喔|哦|的|啦)?[\s,，.。!！~]*$")]
    private static partial Regex DialectYes();

    /// <summary>不行 right after a word of what it is said of (化验也不行, 指标还是不行, 肾不行), not after a person, "this" or a
    /// time (我不行, 这样不行, 现在不行: those refuse).</summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?<![我你他她它这那样在候行了])(?:也|还|都|就|太|很|特别|一直|还是)?不行")]
    private static partial Regex SaidOfSomethingNoGood();

    /// <summary>A doubt whether a message arrived: 刚才那条不知道发出去没有, 信号断了, "not sure if my last message went through".</summary>
    [GeneratedRegex(@"(?:信号|网络?)(?:不太好|不好|断了|很差|差)[，,。\s]*|(?:刚才|刚刚|上一)(?:那条|条|的消息|发的)?[^，,。：:]{0,6}?(?:不知道|不确定)?(?:发出去|发过去|收到|发送成功)(?:了)?(?:没有|没)?[：:，,。\s]*|\b(?:not sure|dunno|dont know|idk)\s+(?:if|whether)\s+(?:my\s+)?(?:last\s+)?(?:message|msg|text)\s+(?:went through|sent|got through|arrived)\b[\s,.:;-]*")]
    private static partial Regex MessagingAside();

    [GeneratedRegex(@"(?<=[a-z]{2}\s+)n(?=\s+[a-z]{2})")]
    private static partial Regex TextedAnd();

    /// <summary>A denial that names what is meant instead, without "but": "not pred - dex", "不是泼尼松，是地塞米松".</summary>
    [GeneratedRegex(@"[-–—:]\s*$|是$")]
    private static partial Regex DeniedThenNamed();

    [GeneratedRegex(@"^\s*not\s+(?!(?:yet|now|currently|anymore|since|sure|that|so|at the moment)\b)(?:the\s+|any\s+)?[a-z]+(?:\s+[a-z]+)?\s*[,;.]?\s*but\s+(?=\S)|^\s*not\s+(?!(?:yet|now|currently|anymore|since|sure|that|so|at the moment|really|at all|much|exactly|quite|sure)\b)(?:the\s+|any\s+|my\s+)?[a-z]+\s*[-–—:]\s*(?=[a-z])|^\s*不是(?!的|吧|啊|呀)[^，,。；;\s]{1,10}[，,、\s]+(?:而是|是)(?=\S)")]
    private static partial Regex NotThisButThat();

    /// <summary>
    /// A no about things named, then something else said with a contrast later ("Not heart or lungs, no. I've had someone
    /// else's liver since 2011 though", "not my kidneys, no, but…"): the opening up to its no, left out so that the rest
    /// decides, as with "not X, but".
    /// </summary>
    [GeneratedRegex(@"^\s*not\s+(?!(?:yet|now|currently|anymore|since|sure|that|so|at the moment|really|at all)\b)(?:the\s+|any\s+|my\s+|a\s+)?[a-z]+(?:\s+(?:or|and|nor)\s+(?:the\s+|my\s+|a\s+)?[a-z]+)?\s*[,;.]\s*(?:no|nope|nah)\s*[,;.!]?\s*(?=\S)(?=.*\b(?:though|tho|although|however|but|except)\b)")]
    private static partial Regex NotTheseNoThough();

    [GeneratedRegex(@"(?<presumed>(?:那个|这个|那|这|它)?(?:应该)?不算(?:吧|的吧|是吧)\s*[?？]?)|(?:那个|这个|那|这|它)?(?:算不算|算不|算[^，。,.？?!！]{1,8}不)[^，。,.？?!！]{0,8}?(?:呢|啊|呀)?\s*[?？]|(?<plain>(?:那个|这个|那|这|它)?(?:也)?算(?:吗|么|嘛)\s*[?？]?)|(?<presumed>\b(?:that|this|it)\s+(?:doesnt|wouldnt|does not|would not|dont|shouldnt)\s+count\b(?:\s*,?\s*(?:right|does it|would it|surely|i guess))?\s*[?]?)")]
    private static partial Regex CountingQuestion();

    /// <summary>A break between clauses: what is said beside a question is more than the thing asked about.</summary>
    [GeneratedRegex(@"[,，.。;；!！?？]|\s\S+\s+\S")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*(?:yeah|yea|yeh)\s*,?\s*(?:no|nah|na)(?![a-z])(?!\s*(?:problem|problems|prob|probs|worries)(?![a-z]))(?=\s*[,.!]?\s*[a-z\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex YeahNoOpening();
}

using System.Text.RegularExpressions;
using TrialBot.Recognition.Answers;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads an answer as a statement about a question's subject (<see cref="YesNoSubject"/>), with the scope of negation
/// in mind. A negation belongs to its clause (<see cref="Clauses"/>) and attaches to the terms that follow it there,
/// of the same role as the nearest one ("no stroke or epilepsy" denies both, "not from lupus" denies only the
/// qualifier), or, when none follows, to the terms before it ("中风和癫痫都没有"). A judgement attaches to the term just
/// before it ("kidneys are fine" denies a kidney problem; "控制得不好" denies control). A qualifier under which the
/// thing does not count ("from lupus") cancels what its clause (or the clause before) affirms. A negation that only
/// follows the terms negates them only when nothing but having, doing or needing comes after it ("seizures never",
/// "dialysis not needed", 透析没做过); followed by a verb of its own it negates that verb ("had one seizure and they
/// never figured out why", "rashes that wont go away", 皮疹一直不消 all affirm the thing named).
/// </summary>
internal static partial class StatementReader
{
    /// <summary>Reads what <paramref name="folded"/> states about <paramref name="subject"/>.</summary>
    /// <param name="folded">The answer in the form of <see cref="AnswerText.Fold"/>, with hedges blanked out.</param>
    /// <param name="subject">The question's subject.</param>
    /// <param name="bareNo">True when a clause is nothing but a no ("no, …"); false for nothing but a yes; null otherwise.</param>
    public static StatementPolarity Read(string folded, YesNoSubject subject, out bool? bareNo)
    {
        var clauses = Clauses.Split(folded);
        var mentions = WithoutOtherPeople(folded, clauses, subject.Matcher.FindAll(folded));
        var negators = NegationLexicon.Matcher.FindAll(BlankMentions(folded, mentions));
        bareNo = BarePolarity(folded, clauses, mentions);
        if (mentions.Count == 0)
        {
            return StatementPolarity.None;
        }

        var denied = new bool[mentions.Count];
        foreach (var negator in negators)
        {
            if (IsAnswerWord(folded, clauses, mentions, negator))
            {
                bareNo = bareNo == false ? null : true;
                continue;
            }

            Attach(folded, clauses, mentions, negator, denied, subject.AboutIsTreatment);
        }

        var yes = false;
        var no = false;
        var contraryAffirmed = false;
        var counted = ExcludedAbout(folded, clauses, mentions, denied);
        for (var i = 0; i < mentions.Count; i++)
        {
            switch (mentions[i].Tag, denied[i])
            {
                case (MentionRole.About, false) when !counted[i]:
                    break;
                case (MentionRole.About, false):
                    yes = true;
                    break;
                case (MentionRole.About, true):
                case (MentionRole.NotCounting, false):
                    no = true;
                    break;
                case (MentionRole.Contrary, false):
                    no = true;
                    contraryAffirmed = true;
                    break;
                case (MentionRole.Contrary, true):
                    yes = true;
                    break;
            }
        }

        return (yes, no) switch
        {
            (true, true) when contraryAffirmed => Settled(folded, clauses, mentions, denied, counted, subject.AsksAboutNow),
            (true, _) => StatementPolarity.Yes,
            (false, true) => StatementPolarity.No,
            _ => StatementPolarity.None,
        };
    }

    /// <summary>
    /// An answer that affirms both the thing and its contrary, read by when each holds: the one said later, in a clause
    /// of its own, is how things stand now when the earlier one is marked as past or the later one as present ("it was
    /// called uctd before, now they say sle", "better now but still on ivig" are yes now; for a question about now,
    /// <see cref="YesNoSubject.AsksAboutNow"/>, "had hemolytic anemia in 2022 but its resolved" is no now: a past one
    /// still counts for a question about a whole life). Otherwise both stand: <see cref="StatementPolarity.Mixed"/>.
    /// </summary>
    private static StatementPolarity Settled(string text, IReadOnlyList<(int Start, int End)> clauses, List<PhraseMatch<MentionRole>> mentions, bool[] denied, bool[] counted, bool asksAboutNow)
    {
        var about = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Tag == MentionRole.About && !denied[i] && counted[i]).Select(i => Clauses.IndexOf(clauses, mentions[i].Start)).ToList();
        var contrary = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Tag == MentionRole.Contrary && !denied[i]).Select(i => Clauses.IndexOf(clauses, mentions[i].Start)).ToList();
        if (about.Count == 0 || contrary.Count == 0)
        {
            return StatementPolarity.Mixed;
        }

        bool Marked(IEnumerable<int> clauseIndexes, Func<string, bool> marker) => clauseIndexes.All(c => c >= 0 && marker(text[clauses[c].Start..clauses[c].End]));
        // Never a no when the thing itself is said to go on ("low platelets last month and still on ivig, mild now").
        var aboutGoesOn = about.Any(c => c >= 0 && PresentMarker().IsMatch(text[clauses[c].Start..clauses[c].End]));
        if (asksAboutNow && !aboutGoesOn && contrary.Min() > about.Max() && (Marked(about, PastMarker().IsMatch) || Marked(contrary, PresentMarker().IsMatch)))
        {
            return StatementPolarity.NoNow;
        }

        return about.Min() > contrary.Max() && (Marked(contrary, PastMarker().IsMatch) || Marked(about, PresentMarker().IsMatch))
            ? StatementPolarity.YesNow
            : StatementPolarity.Mixed;
    }

    /// <summary>Words that place a clause in the past: a year, "before", "last year", "ago", "used to", 以前, 去年 …</summary>
    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\b(?:before|used to|at first|originally|initially|previously|in the past|back then|back in|last year|years ago|months ago|ago|once)\b|以前|之前|一开始|原来|过去|当时|去年|前年|那年|年前")]
    private static partial Regex PastMarker();

    /// <summary>Words that place a clause in the present: "now", "still", "currently", "these days", 现在, 目前, 还在 …</summary>
    [GeneratedRegex(@"\b(?:now|still|currently|these days|nowadays|at the moment|right now|lately|this week|today|anymore|since then)\b|现在|目前|如今|后来|还在|仍然|仍在|一直|最近|这几天|改成|改为")]
    private static partial Regex PresentMarker();

    /// <summary>
    /// True when every plain "no" word of <paramref name="folded"/> negates a verb of its own inside a statement ("had a
    /// fit once, they never found out why", 原因一直没弄清楚) rather than answering: none opens its clause and each is
    /// followed by more than having, doing or needing. Such an answer is no "no" to the question.
    /// </summary>
    /// <param name="folded">The answer in the form of <see cref="AnswerText.Fold"/>.</param>
    /// <param name="noWords">Where the plain "no" words are, as (start, end).</param>
    public static bool OnlyNegatesVerbs(string folded, IReadOnlyList<(int Start, int End)> noWords)
    {
        if (noWords.Count == 0)
        {
            return false;
        }

        var clauses = Clauses.Split(folded);
        foreach (var (start, end) in noWords)
        {
            var clause = Clauses.IndexOf(clauses, start);
            if (clause < 0 || string.IsNullOrWhiteSpace(folded[clauses[clause].Start..start]) || NothingButExistence().IsMatch(folded[end..clauses[clause].End]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For each mention: false for an affirmed term of what is asked that a qualifier of its clause (or of the next
    /// clause, when that one names nothing else) cancels; true otherwise.</summary>
    private static bool[] ExcludedAbout(string text, IReadOnlyList<(int Start, int End)> clauses, List<PhraseMatch<MentionRole>> mentions, bool[] denied)
    {
        var counted = Enumerable.Repeat(true, mentions.Count).ToArray();
        for (var q = 0; q < mentions.Count; q++)
        {
            if (mentions[q].Tag != MentionRole.NotCounting || denied[q])
            {
                continue;
            }

            var clause = Clauses.IndexOf(clauses, mentions[q].Start);
            if (NamesCountingTreatment(text, clauses, mentions, denied, clause))
            {
                continue;
            }

            var sameClause = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Tag == MentionRole.About && Clauses.IndexOf(clauses, mentions[i].Start) == clause).ToList();
            var positive = Enumerable.Range(0, mentions.Count).Any(i => mentions[i].Tag == MentionRole.About && Clauses.IndexOf(clauses, mentions[i].Start) == clause && Affirmed().IsMatch(text[mentions[i].End..Math.Min(text.Length, mentions[i].End + 12)]));
            var targets = sameClause.Count > 0
                ? (positive || Distinct(text, mentions, sameClause) > 1 ? Nearest(mentions, sameClause, q) : sameClause)
                : NearestEarlierClauseAbout(text, clauses, mentions, denied, clause, q);
            foreach (var i in targets)
            {
                counted[i] = false;
            }

            // The same thing named again is the same thing ("headaches most days, the doctor thinks tension
            // headaches, not lupus"): the qualifier takes out each naming of it, wherever it is.
            var named = targets.Select(i => text.Substring(mentions[i].Start, mentions[i].Length)).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Tag == MentionRole.About && named.Contains(text.Substring(mentions[i].Start, mentions[i].Length)))
                {
                    counted[i] = false;
                }
            }
        }

        return counted;
    }

    /// <summary>The term of <paramref name="candidates"/> nearest before the qualifier <paramref name="q"/> (else the
    /// first after it): with several things named in one clause, a qualifier takes out only the one it follows ("RA on
    /// methotrexate and hashimotos on levothyroxine only" still affirms the RA).</summary>
    private static List<int> Nearest(List<PhraseMatch<MentionRole>> mentions, List<int> candidates, int q)
    {
        var before = candidates.Where(i => mentions[i].End <= mentions[q].Start).TakeLast(1).ToList();
        return before.Count > 0 ? before : candidates.Take(1).ToList();
    }

    /// <summary>How many different things the terms <paramref name="indices"/> name (the same word twice counts once).</summary>
    private static int Distinct(string text, List<PhraseMatch<MentionRole>> mentions, List<int> indices) =>
        indices.Select(i => text.Substring(mentions[i].Start, mentions[i].Length)).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The terms of what is asked in the nearest clause before <paramref name="clause"/> that names any ("ra but
    /// its mild, no meds for it": the qualifier of the last clause takes out the "ra" of the first); when that clause
    /// names several different things, only the last ("RA and type 1 diabetes, on insulin" takes out only the diabetes);
    /// none when that clause names a treatment under which the thing counts.</summary>
    private static List<int> NearestEarlierClauseAbout(string text, IReadOnlyList<(int Start, int End)> clauses, List<PhraseMatch<MentionRole>> mentions, bool[] denied, int clause, int q)
    {
        for (var earlier = clause - 1; earlier >= 0; earlier--)
        {
            var found = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Tag == MentionRole.About && Clauses.IndexOf(clauses, mentions[i].Start) == earlier).ToList();
            if (found.Count > 0)
            {
                return NamesCountingTreatment(text, clauses, mentions, denied, earlier) ? []
                    : Distinct(text, mentions, found) > 1 ? Nearest(mentions, found, q)
                    : found;
            }
        }

        return [];
    }

    /// <summary>True when <paramref name="clause"/> names, not denied, a treatment under which the thing asked about
    /// counts, other than one said to be for lupus ("crohns on insulin and azathioprine" does; "cellcept for my lupus",
    /// "no methotrexate" do not).</summary>
    private static bool NamesCountingTreatment(string text, IReadOnlyList<(int Start, int End)> clauses, List<PhraseMatch<MentionRole>> mentions, bool[] denied, int clause) =>
        Enumerable.Range(0, mentions.Count).Any(i => mentions[i].Tag == MentionRole.Counting && !denied[i] && Clauses.IndexOf(clauses, mentions[i].Start) == clause
            && !ForLupus().IsMatch(text[mentions[i].End..Math.Min(text.Length, clauses[clause].End)]));

    /// <summary>Attaches <paramref name="negator"/> to the mentions it denies; a good judgement denies no treatment
    /// (<paramref name="aboutIsTreatment"/>: "my kidney transplant is fine" has one).</summary>
    private static void Attach(string text, IReadOnlyList<(int Start, int End)> clauses, List<PhraseMatch<MentionRole>> mentions, PhraseMatch<NegatorKind> negator, bool[] denied, bool aboutIsTreatment)
    {
        var clause = Clauses.IndexOf(clauses, negator.Start);
        var inClause = Enumerable.Range(0, mentions.Count).Where(i => Clauses.IndexOf(clauses, mentions[i].Start) == clause).ToList();
        switch (negator.Tag)
        {
            case NegatorKind.Plain:
                var after = inClause.Where(i => mentions[i].Start >= negator.End).ToList();
                if (after.Count == 0 && !NothingButExistence().IsMatch(text[negator.End..clauses[clause].End]))
                {
                    // A negated verb of its own ("they never figured out why", "rashes that wont go away", 一直不消):
                    // the negation belongs to that verb, not to the thing named before it.
                    return;
                }

                var scope = after.Count > 0 ? after : Joined(text, mentions, inClause.Where(i => mentions[i].End <= negator.Start).ToList());
                if (scope.Count == 0)
                {
                    return;
                }

                var role = mentions[after.Count > 0 ? scope[0] : scope[^1]].Tag;
                foreach (var i in scope.Where(i => mentions[i].Tag == role))
                {
                    denied[i] = true;
                }

                break;
            case NegatorKind.Good or NegatorKind.Bad:
                var before = inClause.Where(i => mentions[i].End <= negator.Start).ToList();
                if (before.Count == 0)
                {
                    return;
                }

                var last = before[^1];
                var judged = negator.Tag == NegatorKind.Good
                    ? mentions[last].Tag == MentionRole.About && !aboutIsTreatment
                    : mentions[last].Tag == MentionRole.Contrary;
                if (judged && Copula().IsMatch(text[mentions[last].End..negator.Start]))
                {
                    denied[last] = true;
                }

                break;
        }
    }

    /// <summary>The mentions, less those of a clause about someone else ("my grandmother has dementia", 我妈有老年痴呆,
    /// "dementia runs in my family") and those only checked ("they check my kidneys every visit", 每次都查肾功能; not "they
    /// monitor my dialysis", which says it is there):
    /// being checked for something states nothing about having it.</summary>
    private static List<PhraseMatch<MentionRole>> WithoutOtherPeople(string text, IReadOnlyList<(int Start, int End)> clauses, IReadOnlyList<PhraseMatch<MentionRole>> mentions) =>
        mentions.Where(m =>
        {
            var clause = clauses[Math.Max(0, Clauses.IndexOf(clauses, m.Start))];
            return (!OtherPerson().IsMatch(text[clause.Start..m.Start]) || GivenToThePerson().IsMatch(text[clause.Start..clause.End]))
                && !FamilyHistory().IsMatch(text[clause.Start..clause.End])
                && !(m.Tag == MentionRole.About && OnlyChecked().IsMatch(text[clause.Start..m.Start]));
        }).ToList();

    /// <summary>Someone else giving the person what is named ("my cousin gave me one", 我哥捐给我的): the person's, not theirs.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:gave|give|gives|given|donated|donates)\s+(?:me|her|him|mom|mum|dad)(?![a-z])|(?:给|捐给)(?:我|她|他)")]
    private static partial Regex GivenToThePerson();

    /// <summary>A verb of checking just before a term: "they check my", "tested for", 每次都查, 定期复查.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:checks?|checked|checking|tests?|tested|testing|screens?|screened|screening|looks? at|looked at|looking at)\s+(?:(?:my|her|his|their|the|on|for|up on)\s+)*$|(?:复查|检查|监测|监控|查)\s*$")]
    private static partial Regex OnlyChecked();

    /// <summary>
    /// True for "no", "nope", "nah" opening a clause and not followed by a term: the answer word, not a negation of what
    /// follows ("no its under control", "nope stable"), unlike "no transplant".
    /// </summary>
    private static bool IsAnswerWord(string text, IReadOnlyList<(int Start, int End)> clauses, List<PhraseMatch<MentionRole>> mentions, PhraseMatch<NegatorKind> negator)
    {
        var word = text.Substring(negator.Start, negator.Length);
        if (negator.Tag != NegatorKind.Plain || word is not ("no" or "nope" or "nah" or "n"))
        {
            return false;
        }

        var clause = clauses[Clauses.IndexOf(clauses, negator.Start)];
        var next = negator.End;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return string.IsNullOrWhiteSpace(text[clause.Start..negator.Start]) && (word != "no" || !mentions.Any(m => m.Start == next));
    }

    /// <summary>The last of <paramref name="before"/> and those joined to it by "and", "or", 和, 、 only ("中风和癫痫都没有").</summary>
    private static List<int> Joined(string text, List<PhraseMatch<MentionRole>> mentions, List<int> before)
    {
        if (before.Count == 0)
        {
            return before;
        }

        var joined = new List<int> { before[^1] };
        for (var k = before.Count - 2; k >= 0 && Conjunction().IsMatch(text[mentions[before[k]].End..mentions[before[k + 1]].Start]); k--)
        {
            joined.Insert(0, before[k]);
        }

        return joined;
    }

    /// <summary>False when a clause without terms is nothing but a yes, true when nothing but a no, null otherwise.</summary>
    private static bool? BarePolarity(string text, IReadOnlyList<(int Start, int End)> clauses, List<PhraseMatch<MentionRole>> mentions)
    {
        bool? bare = null;
        foreach (var (start, end) in clauses)
        {
            if (mentions.Any(m => m.Start >= start && m.Start < end))
            {
                continue;
            }

            var clause = text[start..end];
            var words = YesNoLexicon.Matcher.FindAll(clause);
            var rest = clause;
            foreach (var word in words.OrderByDescending(w => w.Start))
            {
                rest = rest.Remove(word.Start, word.Length);
            }

            if (words.Count == 0 || Filler().Replace(rest, string.Empty).Length > 0)
            {
                continue;
            }

            var polarities = words.Select(w => w.Tag).Where(t => t != Polarity.Neutral).ToHashSet();
            if (polarities.Contains(Polarity.No) && !polarities.Contains(Polarity.Yes))
            {
                bare = true;
            }
            else if (polarities.Contains(Polarity.Yes) && !polarities.Contains(Polarity.No))
            {
                bare ??= false;
            }
        }

        return bare;
    }

    /// <summary>The text with the terms blanked out, so that a negation is never found inside a term ("not" in "not well controlled" is).</summary>
    private static string BlankMentions(string text, List<PhraseMatch<MentionRole>> mentions)
    {
        var chars = text.ToCharArray();
        foreach (var mention in mentions)
        {
            Array.Fill(chars, ' ', mention.Start, mention.Length);
        }

        return new string(chars);
    }

    /// <summary>A treatment said to be for lupus ("… for my lupus", "… for sle", 治狼疮).</summary>
    [GeneratedRegex(@"^\s*(?:(?:is|its|it's|which is|thats|that's|i take|taken|i use)\s+)?(?:for|against)\s+(?:my\s+|the\s+)?(?:lupus|sle)(?![a-z])|^\s*(?:是)?(?:治|用于|针对)(?:疗)?(?:我的)?(?:狼疮|红斑狼疮|sle)")]
    private static partial Regex ForLupus();

    /// <summary>What may follow a negation that negates the terms before it: nothing, or only words of having, doing,
    /// needing or happening, of time and of emphasis ("never had one", "not needed", "not me", "not at all", "not yet",
    /// 没做过, 没有过, 都没有).</summary>
    [GeneratedRegex(@"^(?:\s|[\p{P}\p{S}]|(?:had|have|has|having|been|be|done|do|does|did|needed|need|needs|required|require|happened|happen|occurred|diagnosed|got|gotten|get|gets|ever|once|before|anymore|any more|yet|either|really|actually|at all|me|for me|here|myself|i|im|think|so|far|that|know|of|aware|one|ones|any|anything|something|such|stuff|kind|sort|other|others|else|it|them|those|these|this|thing|things|like|lately|recently|now|currently|these days|at the moment|since|thank|god|thankfully|luckily|fortunately|lol|haha|way|no|not|never|none|nope|nah|nothing|sorry|at|all|ok|okay|yes|yeah|though|tho|either)(?![a-z])|有|做|得|用|需要|需|要|打|过|患|确诊|诊断|了|的|呢|啊|吧|哦|呀|嘛|都|也|还|再|发生|出现|发作|犯|接受|查出|查到|发现|这种|这个|这些|那种|那些|这样|我|病|别的|别|其他|其它|什么|啥|情况|事|问题|从来|从|一直|根本|完全|没|无|不|曾|曾经|以前|过去|目前|现在|暂时|还好)*$")]
    private static partial Regex NothingButExistence();

    [GeneratedRegex(@"^\s*(?:(?:is|are|r|was|were|has been|have been|has|have|been|seem|seems|look|looks|function|functions|all|still|also|now|pretty|quite|totally|completely|mostly|always|usually|generally|perfectly|checked|tested|and|they|theyre|its|came back|come back|检查|查过|结果|功能|肾功|都|还|也|一直|还是|都是|是|挺|很|目前|现在|基本|基本上)\s*)*$")]
    private static partial Regex Copula();

    [GeneratedRegex(@"(?<![a-z])(?:my|his|her)\s+(?:(?:older|oldest|elder|eldest|younger|youngest|little|big|baby|late|twin|step|half)[\s-]+)?(?:mom|mum|mother|dad|father|grandmother|grandma|grandfather|grandpa|nan|sister|brother|aunt|uncle|husband|wife|son|daughter|friend|cousin|family|relative|parent)s?(?![a-z])|(?:我|他|她)?(?:家族|家里人|妈|妈妈|母亲|爸|爸爸|父亲|奶奶|爷爷|外婆|姥姥|外公|姐姐|哥哥|妹妹|弟弟|老公|老婆|孩子|儿子|女儿|亲戚|朋友|家人)|我(?:哥|姐|弟|妹|舅|姨|叔|婶|姑)|[表堂](?:哥|姐|弟|妹)")]
    private static partial Regex OtherPerson();

    [GeneratedRegex(@"(?<![a-z])runs? in (?:my|the|our) family|family history|家族史|遗传")]
    private static partial Regex FamilyHistory();

    [GeneratedRegex(@"^\s*(?:and|or|nor|&|/|和|或|或者|跟|与|及|、|还有)?\s*$")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"[\s\p{P}\p{S}]|\b(?:um|uh|hmm|lol|haha|i|well|so|oh|ok|but|and|though|now|right now|at the moment|currently)\b|现在|目前|暂时|[啊吧呢哈呀嘛哦噢额呃的了我]")]
    private static partial Regex Filler();

    /// <summary>A term of what is asked followed by a word that affirms it ("ANA positive", 阳性): a qualifier in the same
    /// clause ("dsDNA negative") then cancels only the term it follows, not the affirmed one.</summary>
    [GeneratedRegex(@"^\s*(?:was |were |is |are |came back |test )?(?:positive|pos\b|\+)|^\s*(?:是|呈|显示)?阳")]
    private static partial Regex Affirmed();
}

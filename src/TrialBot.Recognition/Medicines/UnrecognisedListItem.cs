using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Recognises an item of a list of medicines that is not one ("pregnant zone and plaque Neil", a name misheard by voice
/// typing beside one that was read): with the known names blanked out, an item between list separators that is only one
/// to three words, none of them a word people put around medicine names (status, time, dose, filler). Such an item is a
/// name the catalog does not know; reading the rest alone would silently drop it, so the bot asks about it.
/// In Chinese, an item of two to five characters none of which is a character of the words put around names (小西 还有美卓乐,
/// 骁悉 typed by voice), and a name said not known (美卓乐，还有一个白色的小药片叫不上名, "and a white one I can't remember the name of").
/// </summary>
internal static partial class UnrecognisedListItem
{
    private const int MostWords = 3;
    private const int LeastLetters = 4;

    /// <summary>True when <paramref name="blanked"/> (the prepared answer with the names found blanked out) holds such an item.</summary>
    public static bool Holds(string blanked) =>
        Separator().Split(blanked).Any(IsUnknownName) || HoldsUnknownChineseName(blanked) || NameNotGiven.In(blanked);

    /// <summary>
    /// True when the answer is a plain list: once the known names are blanked, every item left is either a count, dose or
    /// word put around names (两片, 5mg, 早上) or a short run of characters that can only be a name, and one is.
    /// "强的松 同埋硫唑嘌呤" and "HCQ同埋pred，冇其他" leave nothing unknown; "小西 还有美卓乐" leaves 小西.
    /// </summary>
    private static bool HoldsUnknownChineseName(string blanked)
    {
        var names = 0;
        foreach (var part in ChineseSeparator().Split(blanked))
        {
            var item = part.Trim();
            if (item.Length == 0 || AroundNames().IsMatch(item))
            {
                continue;
            }

            if (!ChineseName().IsMatch(item))
            {
                return false;
            }

            names++;
        }

        return names > 0;
    }

    private static bool IsUnknownName(string item)
    {
        if (item.Any(char.IsDigit) || item.Any(c => c > '\u007f'))
        {
            return false;
        }

        var words = Word().Matches(item).Select(m => m.Value).ToList();
        return words.Count is > 0 and <= MostWords
            && words.Sum(w => w.Length) >= LeastLetters
            && words.All(w => w.Length >= 3 && !Filler().IsMatch(w));
    }

    [GeneratedRegex(@",|;|/|\+|&|\.|\b(?:and|plus|with|also|then|but|or)\b")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[，,、；;/+。:：()（）\s]+|还有|仲有|以及|同埋|和|跟|同|与|加上|另外")]
    private static partial Regex ChineseSeparator();

    /// <summary>An item only of digits, Latin letters and the characters of the words put around names (两片, 5mg qd, 早晚各一).</summary>
    [GeneratedRegex(@"^(?:[\x00-\x7f]|" + NotInNames + ")+$")]
    private static partial Regex AroundNames();

    private const string NotInNames = "[吃服用减停开加换让说是有没不无很都也就在了过着的得地药针次天周月年早中晚上下午夜每个些这那我她他你它医生院效果好差多少片粒颗支袋瓶毫克半一二两三四五六七八九十几啥什么哪谁呢吗吧啊呀哦嗯哈还又再才刚已经曾从到给被把对要想会能可以觉得知道记忘清楚叫名字治疗病痛疼炎症状血尿检查化验住出院门诊复查调量剂激素免疫抑制成保护胃钙维素补打准备算计划将试改配买拿领续注射输挂点滴只另外先后酸钠钾盐食紧]";

    /// <summary>Two to five Chinese characters, none of them one of the words around a name: eating and taking, times,
    /// counts and units, people, places, what a medicine does ("早上吃", "医生开的", 钙片, 中药 are not names).</summary>
    [GeneratedRegex(@"^(?:(?!" + NotInNames + @")\p{IsCJKUnifiedIdeographs}){2,5}$")]
    private static partial Regex ChineseName();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:the|for|from|since|still|now|currently|stopped|started|starting|quit|off|was|were|are|been|being|have|has|had|take|takes|taking|took|taken|using|use|used|tried|try|get|got|gets|give|gave|given|prescribed|put|kept|keep|went|going|tapering|taper|weaning|reduced|reducing|lowered|increased|raised|dose|doses|dosage|daily|day|days|week|weeks|weekly|month|months|monthly|year|years|yearly|morning|mornings|night|nights|evening|noon|bedtime|ago|recently|lately|last|next|before|after|until|till|long|time|times|once|twice|every|each|other|half|one|two|three|four|five|six|seven|eight|nine|ten|tablet|tablets|tabs|tab|pill|pills|capsule|capsules|caps|injection|injections|shot|shots|infusion|infusions|drip|drips|cream|creams|ointment|drops|spray|liquid|liquids|syrup|suspension|inhaler|topical|oral|mgs|milligrams|grams|lupus|sle|flare|flares|kidney|kidneys|skin|joint|joints|rash|rashes|blood|pressure|stomach|bones|bone|doctor|doctors|rheum|rheumy|rheumatologist|nephrologist|hospital|clinic|medicine|medicines|medication|medications|meds|drug|drugs|stuff|things|thing|something|anything|nothing|none|nope|yes|yeah|yep|that|thats|this|these|those|its|all|only|just|too|well|etc|both|some|any|more|less|much|many|few|same|usual|regular|regularly|sometimes|occasionally|when|needed|prn|not|dont|didnt|doesnt|never|cant|cannot|couldnt|hasnt|havent|tolerate|tolerated|allergic|allergy|allergies|reaction|script|prescription|filled|anymore|any|else|rest|them|they|she|her|him|his|you|your|our|mine|myself|and|into|onto|about|around|again|instead|though|although|because|which|what|who|how|why|where|there|here|can|could|would|should|will|might|must|may|did|does|doing|done|let|make|makes|made|see|saw|told|tell|said|says|say|think|guess|sure|know|remember|forgot|forget|unsure|maybe|probably|supplement|supplements|vitamin|vitamins|calcium|iron|fish|oil|omega|probiotic|probiotics|otc|painkiller|painkillers|pain|killer|killers|tylenol|advil|aspirin|also|really|very|pretty|lot|lots|little|bit|low|high|higher|lower|small|big|new|old|brand|generic|name|names|called|spelling|spell|white|pink|yellow|blue|round|tiny|antimalarial|immunosuppressant|immunosuppressants|biologic|biologics|steroid|steroids|plus|per|via|through|during|while|course|courses|round|rounds|cycle|cycles|treatment|treatments|therapy|therapies|line|first|second|third|trial|study|mild|strong|ones|one|lol|haha|thanks|thank|please|hey|yup|okay|wait|sorry|oops|correction|mean|meant|actually|currently|presently|today|tonight|yesterday|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|fall|winter|christmas|easter)$")]
    private static partial Regex Filler();
}

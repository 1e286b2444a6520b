using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Blanks what is said only of the future ("the doctor said I might need dialysis eventually", 医生说以后可能要透析): from
/// the future marker to the end of its clause. A yes/no question asks what is or has been, so such a clause states nothing
/// about it, and the rest ("not yet", 现在还没有) is the answer. 以后 is "later" only before what may or must come (以后可能要,
/// 以后要); after an event it is "since" (确诊以后一直透析), and stays. What would come only if something happens is the
/// future too (医生说再高就要洗肾了, 如果再差就得透析, "they'll need to start dialysis", folded without its apostrophe). So is a
/// change still to come ("next drop is 12.5 on christmas eve", "going down to 10 on the 15th", 下次12月24号再减半片): a time
/// asked about has gone by, and a planned day read as its last past occurrence (last Christmas Eve) would overstate it.
/// </summary>
internal static partial class FutureOnly
{
    /// <summary><paramref name="folded"/> with each clause said of the future blanked out (the same length).</summary>
    public static string Blank(string folded) =>
        Future().Replace(folded, m => new string(' ', m.Length));

    [GeneratedRegex(@"\b(?:(?:might|may|will|could|would)\s+(?:\w+\s+)?(?:need|have to|end up|go on|start|get)|in\s+the\s+future|down\s+the\s+road|some\s+day|someday)\b[^,.;!?，。；！？]*|(?:将来|迟早|早晚)(?:可能|也许|或许|说不定)?(?:会|要|需要|得)?[^，。,;；!！?？]*|(?:以后|今后|日后)(?:可能|也许|或许|说不定)?(?:会|要|需要|得)[^，。,;；!！?？]*|(?:再|如果|要是|万一|假如)[^，。,;；!！?？]{0,12}?就(?:可能)?(?:要|得|会|需要)[^，。,;；!！?？]*|\b(?:ill|youll|theyll|itll|hell|shell|id|youd|theyd|itd)\s+(?:\w+\s+)?(?:need|have to|end up|go on|start)\b[^,.;!?，。；！？]*|" +
        @"\bnext\s+(?:drop|step|change|cut|reduction|taper|decrease|increase|one|dose|appointment|visit|review|check)\b(?:[^,.;!?，。；！？]|\.(?=\d))*|\b(?:will|going\s+to|gonna|plan(?:ned|ning)?\s+to|supposed\s+to|due\s+to|meant\s+to)\s+(?:drop|go|come|reduce|taper|change|start|cut|lower|increase|wean)\b(?:[^,.;!?，。；！？]|\.(?=\d))*|\b(?:ill|shell|hell|were|theyll)\s+(?:drop|go|come|reduce|taper|cut|lower|wean)\b(?:[^,.;!?，。；！？]|\.(?=\d))*|(?:下次|下回|下周|下礼拜|下星期|下个月|下月|准备|打算|计划|到时候|过几天|过两天|再过)[^，。,;；!！?？]{0,16}?(?:减|加|调|改|停|换)(?:[^，。,;；!！?？]|\.(?=\d))*")]
    private static partial Regex Future();
}

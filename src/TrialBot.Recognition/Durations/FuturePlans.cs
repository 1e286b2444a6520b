using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Blanks a change still to come, from its marker to the end of its clause ("next drop is 12.5 on christmas eve", "going
/// down to 10 on the 15th", "will taper to 5 in january", 下次复查再减半片, 下周减到三片, 准备12月24号减): a time asked about
/// is gone by, and a planned day read as its last past occurrence (last Christmas Eve) overstates it.
/// </summary>
internal static partial class FuturePlans
{
    /// <summary><paramref name="prepared"/> with each planned change made blank (the same length).</summary>
    public static string Blank(string prepared) =>
        Plan().Replace(prepared, m => new string(' ', m.Length));

    [GeneratedRegex(@"\bnext\s+(?:drop|step|change|cut|reduction|taper|decrease|increase|one|dose|appointment|visit|review|check)\b(?:[^,.;!?，。；！？]|\.(?=\d))*|\b(?:will|going\s+to|gonna|plan(?:ned|ning)?\s+to|supposed\s+to|due\s+to|meant\s+to)\s+(?:drop|go|come|reduce|taper|change|start|cut|lower|increase|wean)\b(?:[^,.;!?，。；！？]|\.(?=\d))*|\b(?:ill|shell|hell|were|theyll)\s+(?:drop|go|come|reduce|taper|cut|lower|wean)\b(?:[^,.;!?，。；！？]|\.(?=\d))*|(?:下次|下回|下周|下礼拜|下星期|下个月|下月|准备|打算|计划|到时候|过几天|过两天|再过)[^，。,;；!！?？]{0,16}?(?:减|加|调|改|停|换)(?:[^，。,;；!！?？]|\.(?=\d))*")]
    private static partial Regex Plan();
}

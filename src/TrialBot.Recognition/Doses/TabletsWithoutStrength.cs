using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Finds a dose answer that counts tablets without giving their strength: "the little white pills, 3 a day", "2 pills",
/// "3 tabs", "dont know the mg", "not sure of the strength", 吃三片, 一天两颗, 不知道多少毫克. Its lone number is a count,
/// never milligrams: the bot asks how many mg each tablet is. A strength the person doubts ("last time 5mg each but the new
/// box is a different strength, i dont know", 以前5毫克一片，现在不知道是多少) is no strength either.
/// </summary>
internal static partial class TabletsWithoutStrength
{
    /// <summary>True when the answer speaks of tablets or says the strength is not known.</summary>
    public static bool Applies(string prepared) => TabletWord().IsMatch(prepared) || StrengthUnknown().IsMatch(prepared);

    /// <summary>True when <paramref name="text"/> names tablets ("3 tabs", 三片, 两粒).</summary>
    public static bool SaysTablets(string text) => TabletWord().IsMatch(text);

    /// <summary>True when the answer says the strength is not known or may have changed ("dont know the mg", "the strength,
    /// not sure", "a different strength", 不知道多少毫克, 不知道是多少).</summary>
    public static bool SaysStrengthUnknown(string prepared) => StrengthUnknown().IsMatch(prepared);

    [GeneratedRegex(@"\b(?:tablets?|tabs?|pills?|capsules?|caps)\b|片|粒|颗|丸")]
    private static partial Regex TabletWord();

    [GeneratedRegex(
        @"\b(?:dont|do not|didnt|not sure|no idea|unsure|cant remember|forget|forgot|dunno)\b[^.;]{0,30}\b(?:mg|mgs|milligrams?|strength|dose|dosage|how (?:strong|much))\b|" +
        @"不知道[^。；]{0,8}(?:毫克|mg|剂量|多少)|不清楚[^。；]{0,8}(?:毫克|mg|剂量|多少)|不记得[^。；]{0,8}(?:毫克|mg|剂量|多少)|" +
        @"\b(?:mg|strength|dosage|dose)\b[^.;]{0,20}\b(?:dont know|do not know|not sure|no idea|unsure|dunno)\b(?!\s+(?:how long|when|since|what day|the date))|" +
        @"\b(?:different|new|another|other|changed|stronger|weaker)\s+(?:strength|mg|dosage)\b|" +
        @"(?:几|多少)\s*(?:毫克|mg)[^。；，,]{0,4}(?:不知道|不清楚|不记得|记不得|忘了)|(?:规格|剂量|毫克数)\s*(?:变了|不一样|换了)")]
    private static partial Regex StrengthUnknown();
}

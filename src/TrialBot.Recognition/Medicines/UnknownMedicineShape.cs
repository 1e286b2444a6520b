using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Recognises a word that is clearly the name of a medicine by its shape, for medicines not in the catalog: the
/// international naming stems ("tofacitinib", "voclosporin", "obinutuzumab", "baricitinib") and the Chinese drug-name
/// endings (托法替布, 伏环孢素, …单抗, …胶囊, …注射液). Such a name must not be dropped silently: the bot asks about it.
/// </summary>
internal static partial class UnknownMedicineShape
{
    /// <summary>True when <paramref name="text"/> (with the known names blanked out) still holds a word shaped like a medicine name.</summary>
    public static bool Holds(string text) => LatinStem().IsMatch(text) || ChineseEnding().IsMatch(text);

    [GeneratedRegex(@"(?<![a-z])[a-z]{3,}(?:mab|nib|tinib|limus|cept|sporin|mide|olol|pril|sartan|statin|prazole|mycin|cillin|oxacin|quine|oquin|azine|asone|olone|nisone|tidine|parin|xaban|gliptin|glutide|formin|semide|thiazide|dipine|vudine|ciclovir|navir)(?![a-z])")]
    private static partial Regex LatinStem();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,}(?:单抗|西普|替尼|替布|莫司|环孢素|霉素|沙星|胶囊|注射液|缓释片|肠溶片|单抗针)")]
    private static partial Regex ChineseEnding();
}

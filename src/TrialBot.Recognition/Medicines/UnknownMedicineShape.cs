using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Recognises a word that is clearly the name of a medicine by its shape, for medicines not in the catalog: the
/// international naming stems ("tofacitinib", "voclosporin", "obinutuzumab", "baricitinib") and the Chinese drug-name
/// endings (托法替布, 伏环孢素, …单抗, …胶囊, …注射液). Such a name must not be dropped silently: the bot asks about it.
/// Antibiotics of the penicillin and quinolone families ("amoxicillin", "levofloxacin", 左氧氟沙星) are no immunosuppressant
/// and are left out.
/// </summary>
internal static partial class UnknownMedicineShape
{
    /// <summary>True when <paramref name="text"/> (with the known names blanked out) still holds a word shaped like a medicine name
    /// that is not a common supplement or stomach protector taken beside the lupus medicines (calcium, vitamin D, omeprazole).</summary>
    public static bool Holds(string text)
    {
        var rest = Supplement().Replace(text, " ");
        return LatinStem().IsMatch(rest) || ChineseEnding().IsMatch(rest);
    }

    [GeneratedRegex(@"(?<![a-z])(?:calcium|vitamin d3?|vitamins?|calcitriol|alfacalcidol|omeprazole|esomeprazole|pantoprazole|lansoprazole|rabeprazole|folic acid|iron|fish oil|multivitamins?)(?![a-z])|碳酸钙|钙尔奇|钙片|维生素d?|骨化三醇|阿法骨化醇(?:软胶囊)?|奥美拉唑(?:肠溶胶囊|肠溶片)?|艾司奥美拉唑|泮托拉唑|雷贝拉唑|叶酸|铁剂|鱼油")]
    private static partial Regex Supplement();

    [GeneratedRegex(@"(?<![a-z])[a-z]{3,}(?:mab|nib|tinib|limus|cept|sporin|mide|olol|pril|sartan|statin|prazole|mycin|quine|oquin|azine|asone|olone|nisone|tidine|parin|xaban|gliptin|glutide|formin|semide|thiazide|dipine|vudine|ciclovir|navir)(?![a-z])")]
    private static partial Regex LatinStem();

    [GeneratedRegex(ScriptDetector.HanClass + @"{2,}(?:单抗|西普|替尼|替布|莫司|环孢素|霉素|胶囊|注射液|缓释片|肠溶片|单抗针)")]
    private static partial Regex ChineseEnding();
}

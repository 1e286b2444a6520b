using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// Finds a hedge beside a figure, in English and Chinese: "I think it was 4", "maybe 5 years", "like 7.5 mg i think",
/// "probably 6", 好像是12.5毫克, 可能一年, 估计有10分. A figure said with a hedge is a reading to confirm, never a value
/// decided on: the score, the elapsed time, the dose and the lab value are read back to the person. "About" and 大概
/// are not hedges ("about 3 years" is 3 years).
/// </summary>
internal static partial class FigureHedge
{
    /// <summary>True when the prepared <paramref name="text"/> hedges what it says.</summary>
    public static bool In(string text) => Hedge().IsMatch(text);

    [GeneratedRegex(@"\b(?:i think|i believe|think it|probably|maybe|perhaps|possibly|pretty sure|if i remember|iirc|might be|might have been|i guess|(?:right|just|shortly|soon|straight|immediately)\s+after|the\s+week\s+after|a\s+few\s+days\s+after|a\s+couple\s+(?:of\s+)?days\s+after)\b|好像|应该是|估计|(?<!不)可能|也许|印象中|记得好像|大概是吧")]
    private static partial Regex Hedge();
}

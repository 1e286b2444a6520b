using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Ages;

/// <summary>
/// Blanks what an answer to "how old are you?" says besides the age: a weight ("58kg", 体重52公斤), a height ("5'4",
/// "160cm"), a blood pressure ("130/85") and the year of another event ("dx 2021", 2019年确诊). People add them "in case
/// it matters"; none is an age. Read before the answer is prepared, while a height's apostrophe is still there.
/// </summary>
internal static partial class OtherMeasures
{
    /// <summary><paramref name="normalized"/> with each other measure replaced by a space.</summary>
    public static string Blank(string normalized) => Measure().Replace(normalized, " ");

    [GeneratedRegex(
        @"(?:体重|身高|血压|weight|weigh|height|bp|blood pressure)\s*(?:is|was|:|：|是)?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|cm|m|公斤|千克|斤|厘米|米)?|" +
        @"\b\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|cm|公斤|千克|斤|厘米)(?![a-z])|" +
        @"\b\d\s*(?:'|’|ft|feet|foot)\s*\d{1,2}\s*(?:""|”|in|inches)?|" +
        @"(?<![\d/.-])\d{2,3}\s*/\s*\d{2,3}(?![\d/.-])|" +
        @"\b(?:dx|dxd|diagnosed|diagnosis|since)\s*(?:in|at|with|:)?\s*(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*年?\s*(?:确诊|诊断|发病|得病|查出)|(?:确诊|诊断|发病|得病)\s*(?:于|是|在)?\s*(?:19|20)\d{2}\s*年?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Measure();
}

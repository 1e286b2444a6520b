using System.Text;
using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// A figure corrected in the same message ("20mg, no wait 15", "im 45 sorry 46", "diagnosed 2015 no 2016 i mean",
/// 15毫克，哦不对是12.5, 20毫克不是，是15毫克): the figure before the correction and the correction itself are dropped, and
/// the new figure takes the old one's unit when it gives none ("pred 20 mg, no wait 15" reads "pred 15 mg"); "X，不是Y"
/// (X, not Y) keeps X, and so does "X not Y" (是X不是Y, "12.5 not 12"). Only a figure
/// followed by nothing but its unit corrects ("had to wait 3 months" after "diagnosed 2019" keeps both), and only a
/// figure the correction gives at once replaces it ("sorry for the typo" corrects nothing). A refinement is no correction:
/// "actually" is not read as one ("2 tabs, actually 5 mg each").
/// </summary>
internal static partial class SelfCorrection
{
    /// <summary>The prepared text with each corrected figure replaced by its correction.</summary>
    /// <param name="prepared">Text in the form numbers are read in (lower case, numbers unglued from their units).</param>
    /// <returns>The text as the person meant it; the same text when it corrects nothing.</returns>
    public static string Apply(string prepared)
    {
        prepared = WithoutDenied(prepared);
        if (!Marker().IsMatch(prepared))
        {
            return prepared;
        }

        var text = prepared;
        for (var guard = 0; guard < 4 && Correct(text) is { } corrected; guard++)
        {
            text = corrected;
        }

        return text;
    }

    /// <summary>
    /// True when the text takes back a figure and gives another at once, but the correction could not be applied ("six of
    /// the 5s... no sorry, seven now"): what was taken back must not be read, so the answer is asked about.
    /// </summary>
    /// <param name="prepared">Text in the form numbers are read in.</param>
    public static bool LeftUnapplied(string prepared) =>
        Marker().Matches(prepared).Any(m => FigureAtOnce().IsMatch(prepared, m.Index + m.Length)) && Apply(prepared) == prepared;

    /// <summary>True when words that take back what was just said stand between <paramref name="from"/> and
    /// <paramref name="to"/> ("thirty eight. wait no, thirty nine"): the figure after them corrects the one before.</summary>
    public static bool TakesBackBetween(string prepared, int from, int to) =>
        Marker().Matches(prepared).Any(m => m.Index >= from && m.Index + m.Length <= to);

    /// <summary>
    /// Where what the person says after taking back what they said begins ("last wednesday... sorry no, 25 nov": the
    /// index of "25"), after the last such words; null when the text takes nothing back.
    /// </summary>
    /// <param name="prepared">Text in the form numbers are read in.</param>
    public static int? TakenBackAt(string prepared) =>
        Marker().Matches(prepared) is { Count: > 0 } markers ? markers[^1].Index + markers[^1].Length : null;

    /// <summary>
    /// The answer without a figure said only to deny it beside the one meant ("12.5 not 12", "268, not 286 umol/L",
    /// 是268不是286, 不是10毫克，是15毫克): only when another figure is left.
    /// </summary>
    private static string WithoutDenied(string prepared)
    {
        if (!Denied().IsMatch(prepared))
        {
            return prepared;
        }

        // "1.8 not 8.1 mg/dl": the unit said once, after the denied figure, is the meant figure's too.
        var left = Denied().Replace(prepared, m => m.Groups["unit"].Success && BareFigureEnds().IsMatch(prepared.AsSpan(0, m.Index))
            ? " " + m.Groups["unit"].Value
            : " ");
        return Figure().IsMatch(left) ? left : prepared;
    }

    private static string? Correct(string text)
    {
        foreach (Match marker in Marker().Matches(text))
        {
            var after = NewFigure().Match(text, marker.Index + marker.Length);
            if (!after.Success)
            {
                continue;
            }

            var before = text[..marker.Index];
            var old = Figure().Matches(before) is { Count: > 0 } figures ? figures[^1] : null;
            if (old is null)
            {
                continue;
            }

            var gap = before[(old.Index + old.Length)..];
            if (!UnitOnly().IsMatch(gap))
            {
                continue;
            }

            var unit = Punctuation().Replace(gap, " ").Trim();
            var figure = after.Groups["n"];
            var rest = text[(figure.Index + figure.Length)..];
            var builder = new StringBuilder(text.Length)
                .Append(before, 0, old.Index)
                .Append(figure.Value);
            if (unit.Length > 0 && !StartsWithUnit().IsMatch(rest))
            {
                builder.Append(' ').Append(unit);
            }

            return builder.Append(rest).ToString();
        }

        return null;
    }

    /// <summary>Words that take back what was just said: "no wait", "sorry", "i mean", "typo", 不对, 说错了, 我是说 (one or several in a row).</summary>
    [GeneratedRegex(@"(?:(?<![a-z])(?:no\s+wait|wait\s+no|wait|sorry|i\s+mean|i\s+meant|correction|scratch\s+that|oops|my\s+bad|typo|no\s+no)(?![a-z])|哦不对|噢不对|哦不|噢不|不对|不是(?=\s*[，,]?\s*是)|说错了|打错了|写错了|搞错了|我是说|更正|纠正)(?:[\s,，。.:：!！]*(?:(?<![a-z])(?:no\s+wait|wait|sorry|i\s+mean|i\s+meant|its|it\s+is|is)(?![a-z])|不对|应该是|其实是|是))*")]
    private static partial Regex Marker();

    /// <summary>A figure in digits or words, given at once after the correction.</summary>
    [GeneratedRegex(@"\G[\s,，。.:：!！]*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)(?![a-z])(?!\s+(?:more|thing|things|sec|second|question|moment|min|minute)\b)|[一二两三四五六七八九十半])")]
    private static partial Regex FigureAtOnce();

    /// <summary>The new figure, given at once after the correction.</summary>
    [GeneratedRegex(@"\G[\s,，。.:：!！]*(?<n>\d+(?:\.\d+)?)(?![\d.])")]
    private static partial Regex NewFigure();

    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")]
    private static partial Regex Figure();

    /// <summary>Nothing but a unit (up to three of its words) and punctuation between the old figure and the correction.</summary>
    [GeneratedRegex(@"^\s*(?:(?:" + Units + @")\s*){0,3}[\s,，。.;；!！~…\-–—]*$")]
    private static partial Regex UnitOnly();

    [GeneratedRegex(@"^\s*(?:" + Units + @")(?![a-z])")]
    private static partial Regex StartsWithUnit();

    [GeneratedRegex(@"[,，。.;；!！~…\-–—]")]
    private static partial Regex Punctuation();

    /// <summary>"not 12", "isnt 286 umol/l", 不是286, 而不是10毫克: a figure denied (with its unit); not 不是2019就是2020 (either one or the other).</summary>
    [GeneratedRegex(@"(?:(?<![a-z])(?:not|isnt|wasnt)\s+|(?:而)?不是\s*)(?<![\d.])\d+(?:\.\d+)?(?![\d.])(?:\s*(?<unit>" + Units + @")(?![a-z]))?(?!\s*(?:年|月|号|日)?\s*(?:就|便)是)")]
    private static partial Regex Denied();

    /// <summary>A figure with nothing after it but spaces or a comma: the figure a denial that follows corrects.</summary>
    [GeneratedRegex(@"\d\s*[,，]?\s*$")]
    private static partial Regex BareFigureEnds();

    private const string Units =
        @"mg|mgs|milligrams?|mcg|g|grams?|tabs?|tablets?|pills?|years?|yrs?|yr|y|months?|mos?|weeks?|wks?|days?|ago|old|a\s+day|per\s+day|daily|" +
        @"umol/l|µmol/l|μmol/l|mmol/l|mg/dl|g/24\s*h|g/l|mg/l|毫克|克|片|粒|岁|年|个月|月|周|天|前|每天|一天|微摩尔";
}

using System.Globalization;
using System.Text.RegularExpressions;
using TrialBot.Recognition.Models;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Numbers;

/// <summary>
/// Finds every number in a prepared answer with the Microsoft.Recognizers.Text number model; "one" as a pronoun ("no one
/// told me", "any one of them", "the one before") is no number, nor is 一 in a word (一下, 一开始, 一直).
/// </summary>
internal static partial class NumberFinder
{
    /// <summary>The numbers in <paramref name="prepared"/> (see <see cref="AnswerText.Prepare"/>), in text order.</summary>
    public static IReadOnlyList<NumberMention> FindAll(string prepared, TextLanguage language) =>
        RecognizerModels.Numbers(prepared, language)
            .Select(r => new NumberMention(r.Start, r.End + 1, ParseValue(r.Resolution)))
            .Where(m => m.Start >= 0 && m.End <= prepared.Length && m.Start < m.End && !IsPronoun(prepared, m) && !IsChineseWord(prepared, m))
            .OrderBy(m => m.Start)
            .ToList();

    private static bool IsPronoun(string prepared, NumberMention mention) =>
        prepared[mention.Start..mention.End].Equals("one", StringComparison.OrdinalIgnoreCase)
        && (PronounBefore().IsMatch(prepared[..mention.Start]) || PronounAfter().IsMatch(prepared, mention.End));

    /// <summary>一 as part of a word, not a count: 一下, 一开始, 一直, 一起, 一样, 一些, 一般, 一定, 一共, 一旦, 一边, 一会儿.</summary>
    private static bool IsChineseWord(string prepared, NumberMention mention) =>
        prepared[mention.Start..mention.End] == "一" && ChineseWordAfterOne().IsMatch(prepared, mention.End);

    [GeneratedRegex(@"\G(?:下(?!午)|开始|直|起|样|些|般|定|共|旦|边|会儿|下子|切|致|向)")]
    private static partial Regex ChineseWordAfterOne();

    [GeneratedRegex(@"\b(?:no|any|some|every|each|the|that|this|which|another|other)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounBefore();

    [GeneratedRegex(@"\G\s+(?:else|ever|who|that|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounAfter();

    /// <summary>The value of a number model resolution: "42", "7.5", "1.23456789012346E+29", "∞"; NaN when absent.</summary>
    internal static double ParseValue(IDictionary<string, object>? resolution)
    {
        if (resolution is null || !resolution.TryGetValue("value", out var raw) || raw?.ToString() is not { } text)
        {
            return double.NaN;
        }

        if (text.Contains('∞', StringComparison.Ordinal))
        {
            return text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }
}

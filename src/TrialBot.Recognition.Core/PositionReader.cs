using System.Globalization;
using TrialBot.Recognition.Models;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads a whole answer that is a position in a list: a number ("2", "two", 二) or an ordinal ("second", 第二).
/// Used to pick a numbered choice; a number inside a longer answer is not a position.
/// </summary>
public static class PositionReader
{
    /// <summary>The position the whole of <paramref name="text"/> names, or null when it names none.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" … ; null or unknown reads as English.</param>
    public static int? Read(string? text, string? culture)
    {
        var normalized = InputGuard.Normalize(text);
        if (!normalized.TryGetValue(out var answer))
        {
            return null;
        }

        if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var language = CultureLanguage.ForModels(culture, answer);
        var values = RecognizerModels.Numbers(answer, language)
            .Concat(RecognizerModels.Ordinals(answer, language))
            .Where(result => result.Start == 0 && result.End == answer.Length - 1)
            .Select(result => result.Resolution is not null && result.Resolution.TryGetValue("value", out var value) ? value as string : null)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return values is [{ } single] && int.TryParse(single, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : null;
    }
}

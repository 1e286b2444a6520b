using TrialBot.Recognition.Numbers;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads one number from an answer: digits ("42", "7.5", "1,000"), English words ("forty-two", "seven and a half"),
/// Chinese numerals (三十五, 两, 十二, 七点五), and numbers glued to a unit ("7.5mg").
/// </summary>
public static class NumberReader
{
    /// <summary>Reads the single number in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" … (see the library overview); null or unknown reads as English.</param>
    /// <returns>The number; <see cref="RecognitionProblem.NoNumber"/> when there is none; <see cref="RecognitionProblem.Ambiguous"/>
    /// when there are several different numbers; <see cref="RecognitionProblem.OutOfRange"/> for a number that overflows
    /// or is beyond 2^53; unsure for "I don't know".</returns>
    public static Recognition<double> Read(string? text, string? culture) =>
        InputGuard.Normalize(text).Bind(normalized => Read(AnswerText.Prepare(normalized), CultureLanguage.ForModels(culture, normalized)));

    private static Recognition<double> Read(string prepared, TextLanguage language)
    {
        var values = NumberFinder.FindAll(prepared, language).Select(n => n.Value).Distinct().ToList();
        return values switch
        {
            [] => UnsureLexicon.IsUnsure(prepared) ? Recognition.Unsure<double>() : Recognition.NotUnderstood<double>(RecognitionProblem.NoNumber),
            [var value] => NumberMention.IsPlausible(value) ? Recognition.Of(value) : Recognition.NotUnderstood<double>(RecognitionProblem.OutOfRange),
            _ => Recognition.NotUnderstood<double>(RecognitionProblem.Ambiguous),
        };
    }
}

using TrialBot.Recognition.Models;
using TrialBot.Recognition.Numbers;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads a person's age in whole years: "42", "forty-two", "I'm 45", "im 45 yrs", "just turned 18", "45 years old",
/// 35岁, 我今年三十五岁. The age model reads "45 years old" and 35岁; a bare number (which the age model misses, as in
/// "I'm 45") is read by the number model.
/// </summary>
public static class AgeRecognizer
{
    /// <summary>The youngest plausible age in years.</summary>
    public const int MinYears = 1;

    /// <summary>The oldest plausible age in years.</summary>
    public const int MaxYears = 120;

    private const double MonthsPerYear = 12;
    private const double WeeksPerYear = 52.1775;
    private const double DaysPerYear = 365.2425;

    /// <summary>Reads the age in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <returns>Whole years (a fraction is rounded down); <see cref="RecognitionProblem.OutOfRange"/> outside
    /// <see cref="MinYears"/>–<see cref="MaxYears"/> (0, 250, -5, a year of birth); <see cref="RecognitionProblem.NoNumber"/>;
    /// <see cref="RecognitionProblem.Ambiguous"/> for several different ages; unsure for "I don't know".</returns>
    public static Recognition<int> Recognize(string? text, string? culture) =>
        InputGuard.Normalize(text).Bind(normalized => Recognize(AnswerText.Prepare(normalized), CultureLanguage.ForModels(culture, normalized)));

    private static Recognition<int> Recognize(string prepared, TextLanguage language)
    {
        var years = AgesInYears(prepared, language);
        if (years.Count == 0)
        {
            years = NumberFinder.FindAll(prepared, language).Select(n => n.Value).Distinct().ToList();
        }

        return years switch
        {
            [] => UnsureLexicon.IsUnsure(prepared) ? Recognition.Unsure<int>() : Recognition.NotUnderstood<int>(RecognitionProblem.NoNumber),
            [var value] => ToWholeYears(value),
            _ => Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous),
        };
    }

    private static List<double> AgesInYears(string prepared, TextLanguage language) =>
        RecognizerModels.Ages(prepared, language)
            .Select(r => (Value: NumberFinder.ParseValue(r.Resolution), Unit: r.Resolution?.GetValueOrDefault("unit")?.ToString()))
            .Select(a => a.Unit switch
            {
                "Month" => a.Value / MonthsPerYear,
                "Week" => a.Value / WeeksPerYear,
                "Day" => a.Value / DaysPerYear,
                _ => a.Value,
            })
            .Distinct()
            .ToList();

    private static Recognition<int> ToWholeYears(double years)
    {
        var whole = Math.Floor(years);
        return double.IsFinite(whole) && whole >= MinYears && whole <= MaxYears
            ? Recognition.Of((int)whole)
            : Recognition.NotUnderstood<int>(RecognitionProblem.OutOfRange);
    }
}

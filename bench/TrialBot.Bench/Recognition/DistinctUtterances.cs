using System.Globalization;
using TrialBot.Recognition;

namespace TrialBot.Bench.Recognition;

/// <summary>
/// Answers that are all different from each other, spread over the question kinds and both languages, each read by
/// the recognizer of its kind: what a service sees from many people. The i-th utterance is always the same, so runs
/// compare.
/// </summary>
internal static class DistinctUtterances
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    private static readonly Func<int, (string Text, string Locale)>[] Templates =
    [
        n => ($"I'm {n} years old", "en-US"),
        n => ($"我今年{n}岁", "zh-CN"),
        n => ($"diagnosed {n} weeks ago", "en-US"),
        n => ($"{n}天前确诊的", "zh-CN"),
        n => ($"prednisone {Decimal(n, 10)} mg a day", "en-US"),
        n => ($"泼尼松每天{Decimal(n, 10)}毫克", "zh-CN"),
        n => ($"{Decimal(n, 100)} mg/dL", "en-US"),
        n => ($"{n}微摩尔/升", "zh-CN"),
        n => ($"yes, about {n} times", "en-US"),
        n => ($"是的，{n}次", "zh-CN"),
        n => ($"{n} points", "en-US"),
        n => ($"{n}分", "zh-CN"),
    ];

    /// <summary>The <paramref name="index"/>-th utterance, read by its kind's recognizer.</summary>
    public static object Recognize(int index, DoseRecognizer doses)
    {
        ArgumentNullException.ThrowIfNull(doses);
        var kind = index % Templates.Length;
        var (text, locale) = Templates[kind](index / Templates.Length + 1);
        return (kind / 2) switch
        {
            0 => AgeRecognizer.Recognize(text, locale),
            1 => ElapsedTimeRecognizer.Recognize(text, locale, Today),
            2 => doses.Recognize(text, locale),
            3 => LabValueRecognizer.RecognizeCreatinine(text, locale),
            4 => YesNoRecognizer.Recognize(text, locale),
            _ => NumberReader.Read(text, locale),
        };
    }

    /// <summary>The text of the <paramref name="index"/>-th utterance.</summary>
    public static string Text(int index) => Templates[index % Templates.Length](index / Templates.Length + 1).Text;

    private static string Decimal(int n, int divisor) => (n / (double)divisor).ToString("0.###", CultureInfo.InvariantCulture);
}

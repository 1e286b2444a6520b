namespace TrialBot.Screening.Texts;

/// <summary>
/// Which script a name of the trial's data is written in, to show a medicine by its English or its Chinese name. Reading
/// what people write is the recognition layer's (<c>TrialBot.Recognition</c>); this only sorts the data's own names.
/// </summary>
internal static class NameScript
{
    /// <summary>True for a CJK ideograph.</summary>
    /// <param name="character">The character.</param>
    /// <returns>Whether it is Chinese.</returns>
    public static bool IsCjk(char character) => character is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}

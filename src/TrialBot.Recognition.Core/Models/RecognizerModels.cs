using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Models;

/// <summary>
/// The Microsoft.Recognizers.Text models this library uses, created once per language and shared by all threads
/// (the library's own helpers share model instances the same way).
/// </summary>
/// <remarks>
/// Every model is created with the <c>NoProtoCache</c> option. Without it the library keeps, in static
/// <c>MemoryCache</c>s of up to 20,000 entries each, the extraction results of every distinct input: measured here,
/// about 100 MB stayed reachable after 30,000 distinct answers, and the cached results are the answers' health content.
/// With the option nothing stays (under 1 MB after 10,000 answers) and a call costs about twice as much, about 1 ms on
/// a short answer once warm. Callers have already capped the text (<see cref="InputGuard"/>); every call is also guarded
/// so that a failure inside the library reads as "nothing found", never as an exception.
/// </remarks>
internal static class RecognizerModels
{
    private static readonly Lazy<NumberModel> EnglishNumber = new(() => CreateNumberModel(Culture.English));
    private static readonly Lazy<NumberModel> ChineseNumber = new(() => CreateNumberModel(Culture.Chinese));
    private static readonly Lazy<OrdinalModel> EnglishOrdinal = new(() => CreateOrdinalModel(Culture.English));
    private static readonly Lazy<OrdinalModel> ChineseOrdinal = new(() => CreateOrdinalModel(Culture.Chinese));
    private static readonly Lazy<AgeModel> EnglishAge = new(() => CreateAgeModel(Culture.English));
    private static readonly Lazy<AgeModel> ChineseAge = new(() => CreateAgeModel(Culture.Chinese));
    private static readonly Lazy<DateTimeModel> EnglishDateTime = new(() => CreateDateTimeModel(Culture.English));
    private static readonly Lazy<DateTimeModel> ChineseDateTime = new(() => CreateDateTimeModel(Culture.Chinese));

    /// <summary>Numbers in <paramref name="text"/>: digits, words ("forty-two"), Chinese numerals (三十五).</summary>
    public static IReadOnlyList<ModelResult> Numbers(string text, TextLanguage language) =>
        Guarded(() => Pick(language, EnglishNumber, ChineseNumber).Parse(text));

    /// <summary>Ordinals in <paramref name="text"/> ("second", "third", 第二).</summary>
    public static IReadOnlyList<ModelResult> Ordinals(string text, TextLanguage language) =>
        Guarded(() => Pick(language, EnglishOrdinal, ChineseOrdinal).Parse(text));

    /// <summary>Ages in <paramref name="text"/> ("45 years old", 35岁).</summary>
    public static IReadOnlyList<ModelResult> Ages(string text, TextLanguage language) =>
        Guarded(() => Pick(language, EnglishAge, ChineseAge).Parse(text));

    /// <summary>Dates, date ranges and durations in <paramref name="text"/>, relative dates resolved against <paramref name="today"/>.</summary>
    public static IReadOnlyList<ModelResult> DatesAndDurations(string text, TextLanguage language, DateOnly today) =>
        Guarded(() => Pick(language, EnglishDateTime, ChineseDateTime).Parse(text, today.ToDateTime(TimeOnly.MinValue)));

    private static T Pick<T>(TextLanguage language, Lazy<T> english, Lazy<T> chinese) =>
        language == TextLanguage.Chinese ? chinese.Value : english.Value;

    private static NumberModel CreateNumberModel(string culture) =>
        (NumberModel)new NumberRecognizer(culture, NumberOptions.NoProtoCache).GetNumberModel(culture, fallbackToDefaultCulture: false);

    private static OrdinalModel CreateOrdinalModel(string culture) =>
        (OrdinalModel)new NumberRecognizer(culture, NumberOptions.NoProtoCache).GetOrdinalModel(culture, fallbackToDefaultCulture: false);

    private static AgeModel CreateAgeModel(string culture) =>
        (AgeModel)new NumberWithUnitRecognizer(culture, NumberWithUnitOptions.NoProtoCache).GetAgeModel(culture, fallbackToDefaultCulture: false);

    private static DateTimeModel CreateDateTimeModel(string culture) =>
        (DateTimeModel)new DateTimeRecognizer(culture, DateTimeOptions.NoProtoCache).GetDateTimeModel(culture, fallbackToDefaultCulture: false);

#pragma warning disable CA1031 // The recognizers are third-party code run on untrusted text: any failure means "nothing recognised".
    private static List<ModelResult> Guarded(Func<List<ModelResult>> parse)
    {
        // Measured with 1.8.13: the models only work under the thread culture that was current when they were first
        // built, and the Bot Framework sets the thread culture from each activity's locale. Every call runs under the
        // invariant culture, so Chinese and English turns on the same thread all see the models as built.
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return parse() ?? [];
        }
        catch (Exception)
        {
            return [];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
#pragma warning restore CA1031
}

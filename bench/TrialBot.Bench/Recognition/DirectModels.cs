using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace TrialBot.Bench.Recognition;

/// <summary>
/// Microsoft.Recognizers.Text called directly, the way our layer calls it: each model built once per culture with the
/// <c>NoProtoCache</c> option (so a repeated utterance is not answered from the library's result cache).
/// </summary>
internal static class DirectModels
{
    public static IModel Number(string culture) =>
        new NumberRecognizer(culture, NumberOptions.NoProtoCache).GetNumberModel(culture, fallbackToDefaultCulture: false);

    public static IModel Age(string culture) =>
        new NumberWithUnitRecognizer(culture, NumberWithUnitOptions.NoProtoCache).GetAgeModel(culture, fallbackToDefaultCulture: false);

    public static IModel Dimension(string culture) =>
        new NumberWithUnitRecognizer(culture, NumberWithUnitOptions.NoProtoCache).GetDimensionModel(culture, fallbackToDefaultCulture: false);

    public static DateTimeModel DateTime(string culture) =>
        (DateTimeModel)new DateTimeRecognizer(culture, DateTimeOptions.NoProtoCache).GetDateTimeModel(culture, fallbackToDefaultCulture: false);

    public static string CultureOf(Conversations.ScriptLanguage language) =>
        language == Conversations.ScriptLanguage.Chinese ? Culture.Chinese : Culture.English;
}

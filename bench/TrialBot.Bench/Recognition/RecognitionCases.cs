using Microsoft.Recognizers.Text;
using TrialBot.Bench.Conversations;
using TrialBot.Recognition;
using TrialBot.Screening.Medicines;

namespace TrialBot.Bench.Recognition;

/// <summary>
/// The utterances measured for each question kind, in English and Chinese (the scripted screening's own answers),
/// with our recognizer and the nearest Microsoft.Recognizers.Text model. Yes/no has no direct counterpart: the Choice
/// recognizer is not served (PACKAGES.md). Nothing is built until a case is first called, so a case's first call in a
/// fresh process is its cold cost.
/// </summary>
internal static class RecognitionCases
{
    private static readonly Lazy<DoseRecognizer> Doses = new(() =>
        new DoseRecognizer(MedicineCatalog.Load(Path.Combine(AppContext.BaseDirectory, "trials", "medicines.json")).All));

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    public static IReadOnlyList<RecognitionCase> All { get; } =
    [
        .. Both("age", "age", "AgeRecognizer", (text, locale) => AgeRecognizer.Recognize(text, locale), "age model", Parser(DirectModels.Age)),
        .. Both("elapsed-time", "diagnosis-duration", "ElapsedTimeRecognizer", (text, locale) => ElapsedTimeRecognizer.Recognize(text, locale, Today), "date-time model", DateTimeParser),
        .. Both("dose", "steroid-dose", "DoseRecognizer", (text, locale) => Doses.Value.Recognize(text, locale), "dimension model", Parser(DirectModels.Dimension)),
        .. Both("lab-value", "kidney.creatinine", "LabValueRecognizer.RecognizeCreatinine", (text, locale) => LabValueRecognizer.RecognizeCreatinine(text, locale), "dimension model", Parser(DirectModels.Dimension)),
        .. Both("yes-no", "disease-active", "YesNoRecognizer", (text, locale) => YesNoRecognizer.Recognize(text, locale), null, null),
        .. Both("number", "sledai", "NumberReader", (text, locale) => NumberReader.Read(text, locale), "number model", Parser(DirectModels.Number)),
    ];

    public static RecognitionCase ByKey(string key) =>
        All.FirstOrDefault(c => c.Key == key) ?? throw new ArgumentException($"No recognition case '{key}'.", nameof(key));

    private static IEnumerable<RecognitionCase> Both(string kind, string questionId, string recognizer, Func<string, string, object> ours, string? directModel, Func<string, Func<string, object>>? createParser)
    {
        foreach (var language in new[] { ScriptLanguage.English, ScriptLanguage.Chinese })
        {
            var utterance = ScriptedAnswers.For(questionId, language)!;
            var locale = language.Locale();
            Func<object>? direct = null;
            if (createParser is not null)
            {
                var parse = new Lazy<Func<string, object>>(() => createParser(DirectModels.CultureOf(language)));
                direct = () => parse.Value(utterance);
            }

            yield return new RecognitionCase(kind, language, utterance, recognizer, () => ours(utterance, locale), directModel, direct);
        }
    }

    /// <summary>Builds the model for a culture and returns its parse function.</summary>
    private static Func<string, Func<string, object>> Parser(Func<string, IModel> createModel) => culture =>
    {
        var model = createModel(culture);
        return text => model.Parse(text);
    };

    /// <summary>The date-time model, resolving relative dates against today as our layer does.</summary>
    private static Func<string, object> DateTimeParser(string culture)
    {
        var model = DirectModels.DateTime(culture);
        var reference = Today.ToDateTime(TimeOnly.MinValue);
        return text => model.Parse(text, reference);
    }
}

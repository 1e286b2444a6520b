using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Says what was understood of an answer that could not be read whole, and what is missing: a steroid named without
/// its amount ("I understood prednisone, but not the amount — how many mg a day?"), a figure without its unit ("I
/// understood 240, but not its unit"). Null when nothing partial was understood; the problem's own text is used then.
/// </summary>
internal sealed class PartialReadings
{
    private readonly BotTexts texts;
    private readonly MedicineRecognizer medicines;
    private readonly AnswerDisplay display;

    /// <summary>Initializes a new instance of the <see cref="PartialReadings"/> class.</summary>
    /// <param name="definition">The trial definition (its medicines).</param>
    /// <param name="texts">The bot's texts.</param>
    public PartialReadings(TrialDefinition definition, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
        medicines = new MedicineRecognizer(definition.Medicines.All);
        display = new AnswerDisplay(definition);
    }

    /// <summary>Explains what was understood and what is missing, when part of the answer was understood.</summary>
    /// <param name="kind">The question's kind of answer.</param>
    /// <param name="text">The answer.</param>
    /// <param name="problem">Why the answer could not be read.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The explanation, or null.</returns>
    public string? Explain(AnswerKind kind, string text, string problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (kind == AnswerKind.Dose && problem is RecognitionProblem.NoNumber or RecognitionProblem.MissingUnit
            && medicines.Recognize(text, culture.Name).TryGetValue(out var named)
            && named.Where(medicine => medicine.Class == MedicineClass.Corticosteroid).ToList() is [var steroid])
        {
            return texts.Text(BotTextKeys.PartialMedicine).With("medicine", display.MedicineName(steroid.Id)).Get(culture);
        }

        if (kind is AnswerKind.ElapsedTime or AnswerKind.Creatinine or AnswerKind.Proteinuria or AnswerKind.Iga
            && problem == RecognitionProblem.MissingUnit
            && NumberReader.Read(text, culture.Name).TryGetValue(out var number))
        {
            var template = texts.FindText($"{BotTextKeys.PartialNumberPrefix}{ProblemTexts.KindId(kind)}") ?? texts.Text(BotTextKeys.PartialNumber);
            return template.With("number", LocalizedText.Same(number.ToString("0.###", CultureInfo.InvariantCulture))).Get(culture);
        }

        return null;
    }
}

using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads a yes/no answer to a question about a very high dose that states a dose instead of saying yes or no: "i was on
/// 40 for a bit in september", "60mg pred for a month", 泼尼松60毫克吃了一个月. A daily dose whose prednisone equivalent
/// is under the question's limit answers no (to confirm when the dose itself was unsure or came with a yes); an answer that names what the
/// question asks about ("pulse", "high dose", "1 gram"), a dose at or over the limit, an answer already read as no or as
/// not knowing, is left as the yes/no reading has it.
/// </summary>
public static class StatedDoseReading
{
    /// <summary>The reading of <paramref name="text"/>, with a stated dose under <paramref name="limit"/> as no.</summary>
    /// <param name="reading">The answer read as a yes/no statement about <paramref name="subject"/>.</param>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">The conversation's culture.</param>
    /// <param name="subject">What the question asks about.</param>
    /// <param name="doses">The dose recognizer of the trial's medicines.</param>
    /// <param name="defaultMedicine">The medicine a figure without a name is a dose of (the steroid the person takes).</param>
    /// <param name="limit">The least daily dose, as prednisone equivalent, that the question asks about.</param>
    /// <returns>The reading.</returns>
    public static Recognition<bool> Apply(Recognition<bool> reading, string text, string? culture, YesNoSubject subject, DoseRecognizer doses, Medicine? defaultMedicine, DailyDose limit)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(doses);
        if (reading.IsUnsure || (reading.IsRecognized && !reading.Value && !reading.IsTentative) || string.IsNullOrWhiteSpace(text))
        {
            return reading;
        }

        if (subject.Matcher.FindAll(AnswerText.Fold(text)).Any(mention => mention.Tag == MentionRole.About))
        {
            return reading;
        }

        var dose = doses.Recognize(text, culture, defaultMedicine);
        if (!dose.IsRecognized || dose.Value?.PrednisoneEquivalent is not { } equivalent || equivalent.MgPerDay >= limit.MgPerDay)
        {
            return reading;
        }

        // Said beside a yes ("yes, 60 mg"), or unsure of itself, the figure is read back before anything is decided on it.
        var under = Recognition.Of(false);
        return dose.IsTentative || reading.IsTentative || (reading.IsRecognized && reading.Value) ? under.AsTentative() : under;
    }
}

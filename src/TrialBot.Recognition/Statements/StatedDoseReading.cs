using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads a yes/no answer to a question about a very high dose that states a dose instead of saying yes or no: "i was on
/// 40 for a bit in september", "60mg pred for a month", 泼尼松60毫克吃了一个月. A daily dose whose prednisone equivalent
/// is under the question's limit answers no (to confirm when the dose itself was unsure or came with a yes); an answer that names what the
/// question asks about ("pulse", "high dose", "1 gram"), an answer already read as no or as not knowing, is left as the
/// yes/no reading has it; a dose at or over the limit said instead of yes or no is a yes, to confirm. A figure said to be not reached ("never 100", 没到100) is no dose.
/// </summary>
public static partial class StatedDoseReading
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
        if (string.IsNullOrWhiteSpace(text) || (reading.IsRecognized && !reading.Value && !reading.IsTentative))
        {
            return reading;
        }

        if (reading.IsUnsure)
        {
            // "Decadron 16mg a day … October 18th to November 3rd. Not sure how that compares to prednisone": unsure only of
            // how the dose compares, which is what the bot works out. The doubt (which names the medicine compared with, no
            // dose taken) is left out and the rest read, to confirm; any other not knowing stands.
            var folded = AnswerText.Fold(text);
            if (!ComparisonDoubt().IsMatch(folded))
            {
                return reading;
            }

            var stated = ComparisonDoubt().Replace(folded, " ");
            var rest = Apply(YesNoRecognizer.Recognize(stated, culture, subject), stated, culture, subject, doses, defaultMedicine, limit);
            return rest.IsRecognized ? rest.AsTentative() : reading;
        }

        if (subject.Matcher.FindAll(AnswerText.Fold(text)).Any(mention => mention.Tag == MentionRole.About))
        {
            return reading;
        }

        // "60 for a couple of weeks but never 100": the figure denied is no dose taken.
        var undenied = DeniedFigure().Replace(text, " ");
        var dose = doses.Recognize(undenied, culture, defaultMedicine);
        if (!dose.IsRecognized || dose.Value?.PrednisoneEquivalent is not { } equivalent)
        {
            return reading;
        }

        if (equivalent.MgPerDay >= limit.MgPerDay)
        {
            // "4 of the 25mg Panafcortelone a day for 3 weeks in October": a dose at or over the limit said instead of a
            // yes is a yes, to confirm (how long and when are weighed after).
            return !reading.IsRecognized ? Recognition.Tentative(true) : reading;
        }

        if (FigureAtLeast(undenied, limit.MgPerDay))
        {
            // "3 days of IV 500 mg, then 60 mg twice a day for 2 weeks, so 120 a day": one dose read under the limit beside
            // a figure at or over it, which may be another dose of the answer; nothing is decided on the one.
            return reading;
        }

        // Said beside a yes ("yes, 60 mg"), unsure of itself, or of a medicine the answer does not name (天天输地米，一天20毫克,
        // where the word for the drip was not known and the figure was read as the steroid the person takes), the figure is
        // read back before anything is decided on it.
        var under = Recognition.Of(false);
        return dose.IsTentative || reading.IsTentative || !dose.Value.MedicineNamed || (reading.IsRecognized && reading.Value) ? under.AsTentative() : under;
    }

    /// <summary>True when the answer holds a figure of at least <paramref name="least"/> that is not a year (2024, 24年).</summary>
    private static bool FigureAtLeast(string text, double least) =>
        Figure().Matches(text).Any(m => double.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= least && !(value is >= 1900 and <= 2100 && m.Groups["n"].Value.Length == 4));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)(?![\d.])(?!\s*年)")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    /// <summary>Not knowing only how a dose compares with the question's: "not sure how that compares to prednisone", 不知道相当于多少.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:not sure|dont know|do not know|no idea|unsure|not certain)\s+(?:how|what)\s+(?:that|it|this|those|the dose)\s+(?:compares|converts|works out|equals|translates|is in)\b(?:\s+(?:to|with|in)\s+(?:prednisone|prednisolone|pred))?|\b(?:not sure|dont know|no idea)\s+(?:how|what)\s+(?:much|many)\s+(?:prednisone|pred)\s+(?:that|it|this)\s+(?:is|would be|equals)|(?:不知道|不清楚|不晓得|不确定)(?:这)?(?:怎么换算|怎么算|相当于多少|相当于|折合|换算成)(?:多少)?(?:毫克)?(?:的)?(?:泼尼松|强的松)?")]
    private static partial System.Text.RegularExpressions.Regex ComparisonDoubt();

    /// <summary>A figure said to be not reached: "never 100", "not over 80", "nowhere near 100", 没到100, 没超过80.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:never|not|nowhere\s+near|not\s+even|didn'?t\s+(?:reach|get\s+to|hit)|never\s+(?:reached|got\s+to|hit|went\s+(?:over|above|up\s+to)))\s+(?:over|above|near|close\s+to|up\s+to|as\s+high\s+as)?\s*\d+(?:\.\d+)?\s*(?:mg|mgs|milligrams?)?|(?:没到|没有到|不到|没超过|没有超过|没上过)\s*\d+(?:\.\d+)?\s*(?:mg|毫克)?")]
    private static partial System.Text.RegularExpressions.Regex DeniedFigure();
}

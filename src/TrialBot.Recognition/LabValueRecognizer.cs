using TrialBot.Screening.Answers;
using TrialBot.Recognition.Labs;
using TrialBot.Recognition.Numbers;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition;

/// <summary>
/// Reads lab values with their units: serum creatinine ("creatinine 240 µmol/L", "2.6 mg/dl", 肌酐 240 微摩尔/升),
/// 24-hour proteinuria ("3.5 g/24h", "500 mg per day", 2克/24小时; "around 2 grams" on this question is g/24h) and serum IgA
/// ("IgA 0.05 g/L", "8 mg/dL", "80 mg/L", 0.08克/升). Every unit a lab report prints is converted: mg/L, g/L, mg/dL for IgA;
/// mg/L, mg/dL, µmol/L (also "umol" alone), mmol/L for creatinine; g/24h, mg/24h, grams or mg alone for protein. A strict
/// bound ("below 0.07 g/L", "more than 3 grams", "&lt;0.05 g/L" from a report) is read as its figure and the bound
/// (<see cref="LabReading{T}.Bound"/>), a range ("70-80 umol/L", "between 1 and 2 g", 肌酐80多, 一百多) as its two ends
/// (<see cref="LabReading{T}.UpTo"/>), both to confirm; an inclusive bound ("at least 3 g", 10以上) is
/// <see cref="RecognitionProblem.VagueNumber"/>. A whole number and "something" of protein ("8克多", "8 something grams")
/// is read as between 8 and 9 g, to confirm.
/// A value without a unit is <see cref="RecognitionProblem.MissingUnit"/>, unless its magnitude leaves one unit only:
/// serum creatinine from 30 up is µmol/L (no one has 30 mg/dL), and from 2 to 15 mg/dL ("creat 3.1": 3.1 mmol/L or µmol/L
/// fits no patient), read as such and confirmed with the person. Smaller bare creatinine values are asked about (a few labs
/// print mmol/L), and so are bare protein and IgA values, which fit several units (a ratio, a dipstick; g/L, mg/dL, mg/L).
/// </summary>
public static class LabValueRecognizer
{
    /// <summary>Readings in different units agree when within this fraction of each other ("240 µmol/L (2.7 mg/dL)").</summary>
    private const double AgreementTolerance = 0.02;

    /// <summary>Decilitres in a litre: a value in mg/L is ten times the value in mg/dL.</summary>
    private const double LitresPerDecilitreInverse = 10;

    /// <summary>µmol in a mmol: creatinine in mmol/L ("0.11 mmol/L", as a few labs print it) is a thousand times as much in µmol/L.</summary>
    private const double MicromolesPerMillimole = 1000;

    /// <summary>The highest plausible serum creatinine, mg/dL (about 4,400 µmol/L).</summary>
    private const double MaxCreatinineMgPerDl = 50;

    /// <summary>The highest plausible 24-hour proteinuria, g.</summary>
    private const double MaxProteinuriaGrams = 100;

    /// <summary>The lowest bare serum creatinine read as µmol/L: 30 mg/dL is beyond any patient.</summary>
    private const double LowestBareMicromoles = 30;

    /// <summary>The lowest bare serum creatinine read as mg/dL: 2 mmol/L (2,000 µmol/L) is beyond a patient who is not on
    /// dialysis, and 2 µmol/L beyond anyone; below it a bare value may be mg/dL or mmol/L, and is asked about.</summary>
    private const double LowestBareMilligramsPerDecilitre = 2;

    /// <summary>The highest bare serum creatinine read as mg/dL: from 15 a bare value may be a low µmol/L ("cr 20").</summary>
    private const double HighestBareMilligramsPerDecilitre = 15;

    /// <summary>The highest plausible serum IgA, mg/dL (100 g/L).</summary>
    private const double MaxIgAMgPerDl = 10_000;

    private static readonly LabAnalyte<SerumCreatinine> Creatinine = new(
        new Dictionary<LabUnit, Func<double, SerumCreatinine>>
        {
            [LabUnit.MilligramsPerDecilitre] = SerumCreatinine.FromMgPerDl,
            [LabUnit.MicromolesPerLitre] = SerumCreatinine.FromMicromolPerLitre,
            [LabUnit.MicromolesOnly] = SerumCreatinine.FromMicromolPerLitre,
            [LabUnit.MillimolesPerLitre] = mmolPerLitre => SerumCreatinine.FromMicromolPerLitre(mmolPerLitre * MicromolesPerMillimole),
            [LabUnit.MilligramsPerLitre] = mgPerLitre => SerumCreatinine.FromMgPerDl(mgPerLitre / LitresPerDecilitreInverse),
        },
        c => c.MgPerDl is > 0 and <= MaxCreatinineMgPerDl,
        c => c.MgPerDl,
        UnitByMagnitude: value => value >= LowestBareMicromoles ? LabUnit.MicromolesPerLitre
            : value is >= LowestBareMilligramsPerDecilitre and < HighestBareMilligramsPerDecilitre ? LabUnit.MilligramsPerDecilitre
            : null);

    private static readonly LabAnalyte<Proteinuria> Protein = new(
        new Dictionary<LabUnit, Func<double, Proteinuria>>
        {
            [LabUnit.GramsPer24Hours] = Proteinuria.FromGramsPer24Hours,
            [LabUnit.MilligramsPer24Hours] = Proteinuria.FromMilligramsPer24Hours,
            [LabUnit.GramsOnly] = Proteinuria.FromGramsPer24Hours,
            [LabUnit.MilligramsOnly] = Proteinuria.FromMilligramsPer24Hours,
        },
        p => p.GramsPer24Hours <= MaxProteinuriaGrams,
        p => p.GramsPer24Hours,
        ReadsAWholeAndSomething: true);

    private static readonly LabAnalyte<SerumIgA> IgA = new(
        new Dictionary<LabUnit, Func<double, SerumIgA>>
        {
            [LabUnit.GramsPerLitre] = SerumIgA.FromGramsPerLitre,
            [LabUnit.MilligramsPerDecilitre] = SerumIgA.FromMgPerDl,
            [LabUnit.MilligramsPerLitre] = mgPerLitre => SerumIgA.FromMgPerDl(mgPerLitre / LitresPerDecilitreInverse),
        },
        a => a.MgPerDl <= MaxIgAMgPerDl,
        a => a.MgPerDl);

    /// <summary>Reads serum creatinine in mg/dL or µmol/L.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <returns>The value; <see cref="RecognitionProblem.MissingUnit"/>, <see cref="RecognitionProblem.UnknownUnit"/>,
    /// <see cref="RecognitionProblem.NoNumber"/>, <see cref="RecognitionProblem.OutOfRange"/> (not above 0 or above 50 mg/dL),
    /// <see cref="RecognitionProblem.Ambiguous"/> (several values that disagree); unsure for "I don't know".</returns>
    public static Recognition<LabReading<SerumCreatinine>> RecognizeCreatinine(string? text, string? culture) => Recognize(text, culture, Creatinine);

    /// <summary>Reads 24-hour urine protein in g/24h or mg/24h (also "per day", "a day", 克/天).</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <returns>As <see cref="RecognizeCreatinine"/>; out of range below 0 or above 100 g/24h. A ratio (mg/mmol, g/g)
    /// is <see cref="RecognitionProblem.UnknownUnit"/>: it is not a 24-hour measurement.</returns>
    public static Recognition<LabReading<Proteinuria>> RecognizeProteinuria(string? text, string? culture) => Recognize(text, culture, Protein);

    /// <summary>Reads serum IgA in g/L or mg/dL.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <returns>As <see cref="RecognizeCreatinine"/>; out of range below 0 or above 10,000 mg/dL.</returns>
    public static Recognition<LabReading<SerumIgA>> RecognizeIgA(string? text, string? culture) => Recognize(text, culture, IgA);

    private static Recognition<LabReading<T>> Recognize<T>(string? text, string? culture, LabAnalyte<T> analyte)
        where T : struct =>
        InputGuard.Normalize(text).Bind(normalized => Hedged(AnswerText.Prepare(normalized), CultureLanguage.ForModels(culture, normalized), analyte));

    /// <summary>The reading, to confirm when the answer hedges it (好像是2.0g/L, "i think 1.1 mg/dl").</summary>
    private static Recognition<LabReading<T>> Hedged<T>(string answer, TextLanguage language, LabAnalyte<T> analyte)
        where T : struct
    {
        if (SelfCorrection.TakenBackAt(answer) is { } takenBack && takenBack < answer.Length
            && answer[..takenBack].Any(char.IsAsciiDigit) && answer[takenBack..].Any(char.IsAsciiDigit))
        {
            // "1.3 mg/dL. No sorry, that was last year. The one from last week was 3.2": a value taken back is never read;
            // the one said after it, to confirm (with the unit said before it when it has none), or the person is asked.
            var corrected = Recognize(answer[takenBack..], language, analyte);
            if (!corrected.IsRecognized && UnitOf(answer[..takenBack], language) is { } unit)
            {
                corrected = Recognize(answer[takenBack..] + " " + unit, language, analyte);
            }

            return corrected.IsRecognized ? corrected.AsTentative() : Recognition.NotUnderstood<LabReading<T>>(RecognitionProblem.Ambiguous);
        }

        var reading = Recognize(answer, language, analyte);
        return FigureHedge.In(answer) ? reading.AsTentative() : reading;
    }

    private static Recognition<LabReading<T>> Recognize<T>(string answer, TextLanguage language, LabAnalyte<T> analyte)
        where T : struct
    {
        var prepared = LabCues.WithoutEarlierValue(LabCues.WithoutReference(answer));
        if (LabCues.BoundSaid(prepared) is { } bound)
        {
            // "<5 mg/dL", 低于80: the figure, said back as a bound to confirm; not a bound of a range ("under 5-10").
            var figure = LabCues.WithoutBound(prepared);
            return LabCues.IsVague(figure) ? Recognition.NotUnderstood<LabReading<T>>(RecognitionProblem.VagueNumber)
                : Figure(figure, language, analyte).Map(value => new LabReading<T>(value, bound)).AsTentative();
        }

        if (LabCues.UnsureWithoutValue(prepared))
        {
            return Recognition.Unsure<LabReading<T>>();
        }

        if (analyte.ReadsAWholeAndSomething && LabCues.WholeAndSomething(prepared) is { } whole)
        {
            // "8克多": above 8 g and up to 9 g.
            return Range(FormattableString.Invariant($"{whole} g"), FormattableString.Invariant($"{whole + 1} g"), lowerExcluded: true, language, analyte);
        }

        if (LabCues.RangeSaid(prepared) is { } range)
        {
            return Range(range.Lower, range.Upper, range.LowerExcluded, language, analyte);
        }

        if (LabCues.IsVague(prepared))
        {
            return Recognition.NotUnderstood<LabReading<T>>(RecognitionProblem.VagueNumber);
        }

        return Figure(prepared, language, analyte).Map(figure => new LabReading<T>(figure));
    }

    /// <summary>
    /// A range from the answer written once with each end (<see cref="LabCues.RangeSaid"/>), so each end is read with the
    /// unit said after the range: both ends read and the lower below the upper, to confirm; else a vague figure.
    /// </summary>
    private static Recognition<LabReading<T>> Range<T>(string lower, string upper, bool lowerExcluded, TextLanguage language, LabAnalyte<T> analyte)
        where T : struct
    {
        var low = Figure(lower, language, analyte);
        var high = Figure(upper, language, analyte);
        return low.TryGetValue(out var from) && high.TryGetValue(out var to) && analyte.Canonical(from) < analyte.Canonical(to)
            ? Recognition.Tentative(new LabReading<T>(from, lowerExcluded ? LabBound.Above : LabBound.Exact, to))
            : Recognition.NotUnderstood<LabReading<T>>(RecognitionProblem.VagueNumber);
    }

    /// <summary>The one figure an answer gives, with its unit said or inferred.</summary>
    private static Recognition<T> Figure<T>(string prepared, TextLanguage language, LabAnalyte<T> analyte)
    {

        var readings = new List<(double Value, LabUnit Unit)>();
        var consumedTo = 0;
        foreach (var number in NumberFinder.FindAll(prepared, language))
        {
            if (number.Start < consumedTo)
            {
                continue;
            }

            var (unit, end) = LabUnitReader.ReadAt(prepared, number.End);
            readings.Add((number.Value, unit));
            consumedTo = end;
        }

        var accepted = readings.Where(r => analyte.Conversions.ContainsKey(r.Unit)).ToList();
        if (accepted.Count == 0 && InferredUnit(prepared, readings, analyte) is { } inferred)
        {
            var value = analyte.Conversions[inferred](readings[0].Value);
            return readings[0].Value >= 0 && analyte.IsPlausible(value) ? Recognition.Tentative(value) : Recognition.NotUnderstood<T>(RecognitionProblem.OutOfRange);
        }

        if (accepted.Count == 0)
        {
            return readings.Count == 0 ? (UnsureLexicon.IsUnsure(prepared) ? Recognition.Unsure<T>() : Recognition.NotUnderstood<T>(RecognitionProblem.NoNumber))
                : readings.Any(r => r.Unit is not (LabUnit.None or LabUnit.Incomplete or LabUnit.GramsOnly or LabUnit.MilligramsOnly or LabUnit.MicromolesOnly)) ? Recognition.NotUnderstood<T>(RecognitionProblem.UnknownUnit)
                : Recognition.NotUnderstood<T>(RecognitionProblem.MissingUnit);
        }

        if (accepted.Any(r => !double.IsFinite(r.Value) || r.Value < 0))
        {
            return Recognition.NotUnderstood<T>(RecognitionProblem.OutOfRange);
        }

        var values = accepted.Select(r => analyte.Conversions[r.Unit](r.Value)).ToList();
        var first = analyte.Canonical(values[0]);
        if (values.Any(v => Math.Abs(analyte.Canonical(v) - first) > AgreementTolerance * Math.Max(Math.Abs(first), double.Epsilon)))
        {
            return Recognition.NotUnderstood<T>(RecognitionProblem.Ambiguous);
        }

        if (!analyte.IsPlausible(values[0]))
        {
            return Recognition.NotUnderstood<T>(RecognitionProblem.OutOfRange);
        }

        // mmol/L is a rare way to print creatinine and an easy slip for mg/dL ("1.3 mmol/L"): read, and said back to confirm.
        return accepted.Any(r => r.Unit == LabUnit.MillimolesPerLitre) ? Recognition.Tentative(values[0]) : Recognition.Of(values[0]);
    }

    /// <summary>The unit of numbers given without one, when every reading is the same bare number and its magnitude leaves
    /// one unit of the measurement only; else null.</summary>
    private static LabUnit? InferredUnit<T>(string prepared, List<(double Value, LabUnit Unit)> readings, LabAnalyte<T> analyte) =>
        analyte.UnitByMagnitude is { } byMagnitude && readings.Count > 0 && !LabCues.NamesAnotherMeasure(prepared)
        && readings.All(r => r.Unit == LabUnit.None && r.Value.Equals(readings[0].Value) && double.IsFinite(r.Value))
        && byMagnitude(readings[0].Value) is { } unit && analyte.Conversions.ContainsKey(unit)
            ? unit
            : null;

    /// <summary>The unit the last figure said with one was given in ("1.3 mg/dL" → "mg/dL"), as the lab reader reads units.</summary>
    private static string? UnitOf(string said, TextLanguage language)
    {
        string? unit = null;
        foreach (var number in NumberFinder.FindAll(said, language))
        {
            var (read, end) = LabUnitReader.ReadAt(said, number.End);
            if (read != LabUnit.None)
            {
                unit = said[number.End..end].Trim();
            }
        }

        return unit;
    }
}

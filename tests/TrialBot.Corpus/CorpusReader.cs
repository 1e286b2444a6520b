using System.Globalization;
using TrialBot.Bot.Answers;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Corpus;

/// <summary>
/// Reads each answer of the corpus with the bot's own <see cref="AnswerReader"/> (the conversation's date is the tests'
/// fixed local date, 2026-11-24) and judges the reading against the expected one. The grammar of an expected reading is
/// in tests/corpus/README.md.
/// </summary>
public sealed class CorpusReader
{
    private const string ConfirmPrefix = "confirm:";
    private const string Ask = "ask";
    private const string DontKnow = "dont-know";

    /// <summary>The conversation's date for every answer of the corpus.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    /// <summary>The trial a row's question belongs to when its id names none (<c>age</c>, not <c>NCT06038474:age</c>).</summary>
    public const string LeadTrial = "NCT05765006";

    private readonly Dictionary<string, (TrialDefinition Definition, AnswerReader Reader)> trials = new(StringComparer.Ordinal);

    /// <summary>
    /// Splits a row's question id into its trial and question: <c>NCT06038474:chronic-illness</c> is that trial's
    /// question; an id without a trial is the lead trial's (<see cref="LeadTrial"/>).
    /// </summary>
    /// <param name="questionId">The question id as the row writes it.</param>
    /// <returns>The trial id and the question id.</returns>
    public static (string TrialId, string QuestionId) Split(string questionId)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        var colon = questionId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (LeadTrial, questionId) : (questionId[..colon], questionId[(colon + 1)..]);
    }

    /// <summary>The trial definition a trial id names, as the bot ships it (<c>trials/{id}.json</c>), with its answer reader.</summary>
    private (TrialDefinition Definition, AnswerReader Reader) Trial(string trialId)
    {
        if (!trials.TryGetValue(trialId, out var trial))
        {
            var definition = TrialDefinitionLoader.Load(Path.Combine(AppContext.BaseDirectory, "trials", trialId + ".json"));
            trial = (definition, new AnswerReader(definition));
            trials[trialId] = trial;
        }

        return trial;
    }

    /// <summary>Reads a row's answer and describes the reading in the corpus grammar.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The reading, described.</returns>
    public string Describe(CorpusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (trialId, questionId) = Split(row.QuestionId);
        var (definition, reader) = Trial(trialId);
        var question = definition.FindQuestion(questionId)
            ?? throw new InvalidOperationException($"{row.Source}: no question '{questionId}' in the trial definition {trialId}.");
        var reading = reader.Read(question.Kind, row.Answer, CultureInfo.GetCultureInfo(row.Culture), Context(row, definition), Today, question.Id);
        if (reading.IsUnsure)
        {
            return DontKnow;
        }

        if (!reading.TryGetValue(out var answer))
        {
            return Ask;
        }

        if (answer is UnknownAnswer)
        {
            return DontKnow;
        }

        var value = DescribeValue(answer);
        return reading.IsTentative ? ConfirmPrefix + value : value;
    }

    /// <summary>Judges a described reading against the expected one.</summary>
    /// <param name="expected">The expected reading.</param>
    /// <param name="actual">The reading, as described by <see cref="Describe"/>.</param>
    /// <param name="kind">The question's kind of answer (for the tolerance of numbers).</param>
    /// <returns>The verdict.</returns>
    public static CorpusVerdict Judge(string expected, string actual, AnswerKind kind)
    {
        if (Same(expected, actual, kind))
        {
            return CorpusVerdict.AsExpected;
        }

        var actualIsDefinite = actual is not (Ask or DontKnow) && !actual.StartsWith(ConfirmPrefix, StringComparison.Ordinal);
        if (!actualIsDefinite)
        {
            return CorpusVerdict.Differs;
        }

        // A definite reading: fine only when it is the value the answer gives and the answer merely asked for a confirmation.
        var expectedValue = expected.StartsWith(ConfirmPrefix, StringComparison.Ordinal) ? expected[ConfirmPrefix.Length..] : null;
        return expectedValue is not null && Same(expectedValue, actual, kind) ? CorpusVerdict.Differs : CorpusVerdict.Flips;
    }

    /// <summary>Gets the kind of answer of a question.</summary>
    /// <param name="questionId">The question id, with its trial when not the lead trial's (<see cref="Split"/>).</param>
    /// <returns>The kind.</returns>
    public AnswerKind KindOf(string questionId)
    {
        var (trialId, id) = Split(questionId);
        return Trial(trialId).Definition.Question(id).Kind;
    }

    private static bool Same(string expected, string actual, AnswerKind kind)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }

        var expectedConfirm = expected.StartsWith(ConfirmPrefix, StringComparison.Ordinal);
        var actualConfirm = actual.StartsWith(ConfirmPrefix, StringComparison.Ordinal);
        if (expectedConfirm != actualConfirm)
        {
            return false;
        }

        var e = expectedConfirm ? expected[ConfirmPrefix.Length..] : expected;
        var a = actualConfirm ? actual[ConfirmPrefix.Length..] : actual;
        return kind switch
        {
            AnswerKind.ElapsedTime => TryDays(e, out var expectedDays) && TryDays(a, out var actualDays)
                && Math.Abs(expectedDays - actualDays) <= Math.Max(0.5, 0.04 * expectedDays),
            AnswerKind.Dose => SameDose(e, a),
            AnswerKind.Medicines => SameSet(e, a),
            AnswerKind.Age or AnswerKind.Number or AnswerKind.Creatinine or AnswerKind.Proteinuria or AnswerKind.Iga =>
                TryNumber(e, out var x) && TryNumber(a, out var y) && Math.Abs(x - y) <= Math.Max(0.01, 0.01 * Math.Abs(x)),
            _ => false,
        };
    }

    /// <summary>
    /// The medicine and mg a day, and each way of giving the expected reading names (<c>injected</c>, <c>pulse</c>,
    /// <c>pulse:3d</c>); a reading that names a way the expectation leaves out is still the same (older rows name none).
    /// </summary>
    private static bool SameDose(string expected, string actual)
    {
        var e = expected.Split(' ');
        var a = actual.Split(' ');
        return e.Length >= 2 && a.Length >= 2 && e[0] == a[0]
            && TryNumber(e[1], out var x) && TryNumber(a[1], out var y) && Math.Abs(x - y) <= Math.Max(0.01, 0.01 * x)
            && e.Skip(2).All(way => a.Skip(2).Contains(way, StringComparer.Ordinal));
    }

    /// <summary>
    /// The same medicines with the same statuses; a medicine expected with its course in brackets (<c>prednisone[for=2w]</c>,
    /// <c>~azathioprine[ago=2520d]</c>, <c>prednisone[]</c> for nothing said) must be read with that course, the lengths
    /// within a few percent; one expected without brackets accepts any course (older rows name none).
    /// </summary>
    private static bool SameSet(string expected, string actual)
    {
        var e = expected.Split('+').Select(SplitCourse).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var a = actual.Split('+').Select(SplitCourse).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        return e.Count == a.Count && e.Zip(a).All(pair => pair.First.Id == pair.Second.Id && (pair.First.Course is null || SameCourse(pair.First.Course, pair.Second.Course ?? string.Empty)));
    }

    private static (string Id, string? Course) SplitCourse(string medicine)
    {
        var open = medicine.IndexOf('[', StringComparison.Ordinal);
        return open < 0 || !medicine.EndsWith(']') ? (medicine, null) : (medicine[..open], medicine[(open + 1)..^1]);
    }

    private static bool SameCourse(string expected, string actual)
    {
        static Dictionary<string, string> Parts(string course) => course.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(part => part[0], part => part.Length == 2 ? part[1] : string.Empty, StringComparer.Ordinal);
        var e = Parts(expected);
        var a = Parts(actual);
        return e.Count == a.Count && e.All(part => a.TryGetValue(part.Key, out var value) && Same(part.Value, value, AnswerKind.ElapsedTime));
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads "10d", "3w", "6m", "1.5y" as days, with the quantities' own conversions.</summary>
    private static bool TryDays(string text, out double days)
    {
        days = 0;
        if (text.Length < 2 || !TryNumber(text[..^1], out var amount))
        {
            return false;
        }

        Duration? duration = text[^1] switch
        {
            'd' => Duration.FromDays(amount),
            'w' => Duration.FromWeeks(amount),
            'm' => Duration.FromMonths(amount),
            'y' => Duration.FromYears(amount),
            _ => null,
        };
        days = duration?.Days ?? 0;
        return duration is not null;
    }

    private static string Number(double value) => Math.Round(value, 3).ToString(CultureInfo.InvariantCulture);

    private static string DescribeValue(Answer answer) => answer switch
    {
        YesNoAnswer yesNo => yesNo.Yes ? "yes" : "no",
        ElapsedAnswer elapsed => Number(elapsed.Elapsed.Days) + "d",
        MedicinesAnswer { Medicines: { Count: > 0 } taken } => string.Join('+', taken.Select(DescribeMedicine)),
        MedicinesAnswer => "none",
        DoseAnswer dose => $"{dose.MedicineId} {Number(dose.PrednisoneEquivalent.MgPerDay)}{DescribeWay(dose.Schedule)}",
        LocationAnswer location => location.CityId ?? "place",
        AgeAnswer age => Number(age.Years),
        NumberAnswer number => Number(number.Value),
        CreatinineAnswer creatinine => Number(creatinine.Creatinine.MgPerDl),
        ProteinuriaAnswer proteinuria => Number(proteinuria.Protein.GramsPer24Hours),
        IgaAnswer iga => Number(iga.IgA.MgPerDl),
        LabConditionAnswer => "beyond-limit",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.Kind, "Not a kind of answer with a value."),
    };

    /// <summary>How a dose is given, when not as plain tablets: " injected", " pulse", " pulse:3d".</summary>
    private static string DescribeWay(DoseSchedule? schedule) =>
        (schedule?.Route == DoseRoute.Injected ? " injected" : string.Empty)
        + (schedule is { Pulse: true } pulse ? " pulse" + (pulse.CourseDays is { } days ? $":{days}d" : string.Empty) : string.Empty);

    /// <summary>A medicine as "id" (taken now), "~id" (stopped, or not started yet) or "?id" (not known whether taken now), with its course when said: "id[for=14d,ago=2520d]".</summary>
    private static string DescribeMedicine(MedicineTaken taken)
    {
        var course = string.Join(',', new[]
        {
            taken.TakenFor is { } length ? "for=" + Number(length.Days) + "d" : null,
            taken.TakenAgo is { } ago ? "ago=" + Number(ago.Days) + "d" : null,
        }.OfType<string>());
        var status = taken.Status switch
        {
            MedicineStatus.Current => string.Empty,
            MedicineStatus.Uncertain => "?",
            _ => "~",
        };
        return status + taken.Id + (course.Length > 0 ? $"[{course}]" : string.Empty);
    }

    private static ScreeningAnswers Context(CorpusRow row, TrialDefinition definition)
    {
        var answers = ScreeningAnswers.Empty;
        foreach (var pair in row.Context.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2);
            answers = parts switch
            {
                [QuestionIds.Treatment, var ids] => answers.Set(
                    QuestionIds.Treatment,
                    MedicinesAnswer.Of(ids.Split('+').Select(id => definition.Medicines.Find(id) ?? throw new FormatException($"{row.Source}: no medicine '{id}'.")))),
                [QuestionIds.Age, var years] when TryNumber(years, out var age) => answers.Set(QuestionIds.Age, new AgeAnswer(age)),
                [QuestionIds.DiagnosisDuration, var time] when TryDays(time, out var days) => answers.Set(QuestionIds.DiagnosisDuration, new ElapsedAnswer(Duration.FromDays(days))),
                _ => throw new FormatException($"{row.Source}: context '{pair}' is not treatment=id+id, age=years or diagnosis-duration=time."),
            };
        }

        return answers;
    }
}

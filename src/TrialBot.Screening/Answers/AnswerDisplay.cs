using System.Globalization;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Answers;

/// <summary>Shows answers in plain words in both languages, with the definition's <c>answer.*</c> texts.</summary>
public sealed class AnswerDisplay
{
    private const int DaysShownAsWeeks = 14;
    private const int DaysShownAsMonths = 60;
    private const int DaysShownAsYears = 730;
    private const string CountFormat = "0.#";

    private readonly TrialDefinition definition;

    /// <summary>A display using the texts and medicines of <paramref name="definition"/>.</summary>
    public AnswerDisplay(TrialDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
    }

    /// <summary><paramref name="answer"/> in plain words ("45 years old", "don't know"); "not answered" for null.</summary>
    public LocalizedText Format(Answer? answer) => answer switch
    {
        LabAnswer lab when UpperEnd(lab) is { } upper => LocalizedText.JoinRange(FormatValue(lab), FormatValue(upper)),
        LabAnswer { Bound: LabBound.Below } below => Text(TextIds.AnswerBelow).With("value", FormatValue(below)),
        LabAnswer { Bound: LabBound.Above } above => Text(TextIds.AnswerAbove).With("value", FormatValue(above)),
        _ => FormatValue(answer),
    };

    /// <summary>The upper end of a lab value said as a range, as an answer of its own; null for one figure.</summary>
    private static LabAnswer? UpperEnd(LabAnswer answer) => answer switch
    {
        CreatinineAnswer { UpTo: { } upTo } creatinine => creatinine with { Creatinine = upTo, UpTo = null },
        ProteinuriaAnswer { UpTo: { } upTo } protein => protein with { Protein = upTo, UpTo = null },
        IgaAnswer { UpTo: { } upTo } iga => iga with { IgA = upTo, UpTo = null },
        _ => null,
    };

    /// <summary><paramref name="answer"/> as its value, without a bound it was said as.</summary>
    private LocalizedText FormatValue(Answer? answer) => answer switch
    {
        null => Text(TextIds.AnswerNotAnswered),
        UnknownAnswer => Text(TextIds.AnswerDontKnow),
        YesNoAnswer yesNo => Text(yesNo.Yes ? TextIds.AnswerYes : TextIds.AnswerNo),
        AgeAnswer age => Text(TextIds.AnswerAge).With("years", Number(age.Years, "0.#")),
        ElapsedAnswer { UpTo: { } longest } elapsed => LocalizedText.JoinRange(FormatElapsed(elapsed.Elapsed), FormatElapsed(longest)),
        ElapsedAnswer elapsed => FormatElapsed(elapsed.Elapsed),
        MedicinesAnswer medicines => FormatMedicines(medicines.NotPlanned),
        DoseAnswer { IsOralDaily: false, Schedule: { } schedule } dose => FormatSchedule(schedule, dose.PrednisoneEquivalent, dose.MedicineId),
        DoseAnswer { EquivalenceContested: false } dose when OwnMgPerDay(dose) is { } own => Text(TextIds.AnswerDoseOwn)
            .With("own", Number(own, "0.##"))
            .With("medicine", MedicineName(dose.MedicineId))
            .With("mg", Number(dose.PrednisoneEquivalent.MgPerDay, "0.##")),
        DoseAnswer dose => Text(dose.EquivalenceContested ? TextIds.AnswerDoseContested : TextIds.AnswerDose)
            .With("mg", Number(dose.PrednisoneEquivalent.MgPerDay, "0.##"))
            .With("medicine", MedicineName(dose.MedicineId)),
        NumberAnswer number => Text(TextIds.AnswerNumber).With("value", Number(number.Value, "0.##")),
        CreatinineAnswer { Creatinine: var creatinine } => Text(TextIds.AnswerCreatinine)
            .With("mgPerDl", Number(creatinine.MgPerDl, "0.##"))
            .With("micromolPerLitre", Number(creatinine.MicromolPerLitre, "0")),
        ProteinuriaAnswer { Protein: var protein } => Text(TextIds.AnswerProteinuria).With("grams", Number(protein.GramsPer24Hours, "0.##")),
        IgaAnswer { IgA: var iga } => Text(TextIds.AnswerIga)
            .With("mgPerDl", Number(iga.MgPerDl, "0.#"))
            .With("gramsPerLitre", Number(iga.GramsPerLitre, "0.###")),
        LocationAnswer location => Text(TextIds.AnswerLocation).With("place", location.Text),
        LabConditionAnswer condition => definition.Questions.FirstOrDefault(q => q.Kind == condition.Kind && q.Condition is not null)?.Condition!.Label
            ?? Text(TextIds.AnswerNotAnswered),
        _ => Text(TextIds.AnswerNotAnswered),
    };

    /// <summary>
    /// <paramref name="answer"/> in plain words as <see cref="Format"/> shows it, with what a length of time is counted
    /// from when the person gave a date ("4.2 months (counting from July 2026)", <see cref="CountedFrom"/>).
    /// </summary>
    public LocalizedText FormatDated(Answer? answer)
    {
        var shown = Format(answer);
        return CountedFrom(answer) is { } from ? new LocalizedText(shown.En + from.En, shown.Zh + from.Zh) : shown;
    }

    /// <summary>The question's label with its answer, dated as <see cref="FormatDated"/> ("Age: 45 years old").</summary>
    public LocalizedText FormatLabelled(QuestionDefinition question, Answer? answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Text(TextIds.AnswerLabelled).With("label", question.Label).With("value", FormatDated(answer));
    }

    /// <summary>
    /// What a length of time is counted from, to say after it (" (counting from July 2026)", "（从2026年7月算起）"), when
    /// its count is not whole: a time read from a date ("since July", 今年7月) is then said with the date, in the unit the
    /// count is in (a day and month for weeks, a month and year for months, a year for years), which the person
    /// recognises better than "about 4.2 months". Null for a whole count (a length said as one: "4 months"), for a range
    /// and for an answer stored without the day.
    /// </summary>
    public LocalizedText? CountedFrom(Answer? answer)
    {
        if (answer is not ElapsedAnswer { UpTo: null, CountedFrom: { } from } elapsed || IsWhole(Count(elapsed.Elapsed).Count))
        {
            return null;
        }

        var date = elapsed.Elapsed.Days switch
        {
            < DaysShownAsMonths => Text(TextIds.DateDay).With("day", Number(from.Day, "0")).With("month", MonthName(from.Month)),
            < DaysShownAsYears => Text(TextIds.DateMonth).With("month", MonthName(from.Month)).With("year", Number(from.Year, "0")),
            _ => Text(TextIds.DateYear).With("year", Number(from.Year, "0")),
        };
        return Text(TextIds.AnswerCountedFrom).With("date", date);
    }

    /// <summary>
    /// The medicine's name in each language, as the medicines file shows it (<c>shown</c>); a class by its class name; an
    /// unknown id as itself.
    /// </summary>
    public LocalizedText MedicineName(string? medicineId)
    {
        if (medicineId is not null && MedicineClassIds.IsClass(medicineId))
        {
            return MedicineClassNames.Of(medicineId);
        }

        var medicine = medicineId is null ? null : definition.Medicines.Find(medicineId);
        return medicine?.Shown ?? new LocalizedText(medicineId ?? string.Empty, medicineId ?? string.Empty);
    }

    /// <summary>The mg a day of the medicine itself, for a steroid whose mg are not prednisone's (methylprednisolone,
    /// dexamethasone…); null for prednisone and prednisolone, a class or an unknown medicine.</summary>
    private double? OwnMgPerDay(DoseAnswer dose) =>
        definition.Medicines.Find(dose.MedicineId) is { } medicine && PrednisoneEquivalent.OwnDose(medicine, dose.PrednisoneEquivalent) is { } own
            ? own.MgPerDay
            : null;

    /// <summary>"methylprednisolone 40 mg, injected or IV, monthly (about 1.64 mg/day prednisone-equivalent)".</summary>
    private LocalizedText FormatSchedule(DoseSchedule schedule, DailyDose dose, string? medicineId)
    {
        var parts = new List<LocalizedText>();
        if (schedule.Route != DoseRoute.Unstated)
        {
            parts.Add(Text(schedule.Route == DoseRoute.Injected ? TextIds.ScheduleInjected : TextIds.ScheduleOral));
        }

        if (schedule.Pulse)
        {
            parts.Add(schedule.CourseDays is { } days ? Text(TextIds.SchedulePulseDays).With("days", Number(days, "0")) : Text(TextIds.SchedulePulse));
        }
        else if (schedule.FrequencyStated)
        {
            parts.Add(FormatFrequency(schedule));
        }

        return Text(TextIds.AnswerDoseSchedule)
            .With("medicine", MedicineName(medicineId))
            .With("intake", Number(schedule.IntakeMg, "0.##"))
            .With("schedule", LocalizedText.JoinList(parts))
            .With("mg", Number(dose.MgPerDay, "0.##"));
    }

    private LocalizedText FormatFrequency(DoseSchedule schedule) => (schedule.Intakes, schedule.IntervalDays) switch
    {
        (1, 1) => Text(TextIds.ScheduleDaily),
        (var count, 1) => Text(TextIds.ScheduleTimesADay).With("count", Number(count, "0.#")),
        (1, 2) => Text(TextIds.ScheduleEveryOtherDay),
        (1, 7) => Text(TextIds.ScheduleWeekly),
        (1, var days) when Math.Abs(days - Duration.DaysPerMonth) < 0.01 => Text(TextIds.ScheduleMonthly),
        (var count and >= 2 and <= 6, 7) when count == Math.Floor(count) => Text(TextIds.ScheduleDaysAWeek).With("count", Number(count, "0")),
        (var count, var days) => Text(TextIds.ScheduleEveryDays).With("days", Number(days / count, "0.#")),
    };

    private LocalizedText FormatElapsed(Duration elapsed)
    {
        var (count, singularId, pluralId) = Count(elapsed);
        return Count(count, singularId, pluralId);
    }

    /// <summary>An elapsed time as a count in the unit it is shown in: days under two weeks, weeks under two months, months under two years, else years.</summary>
    private static (double Count, string SingularId, string PluralId) Count(Duration elapsed) => elapsed.Days switch
    {
        < DaysShownAsWeeks => (elapsed.Days, TextIds.AnswerDay, TextIds.AnswerDays),
        < DaysShownAsMonths => (elapsed.Weeks, TextIds.AnswerWeek, TextIds.AnswerWeeks),
        < DaysShownAsYears => (elapsed.Months, TextIds.AnswerMonth, TextIds.AnswerMonths),
        _ => (elapsed.Years, TextIds.AnswerYear, TextIds.AnswerYears),
    };

    /// <summary>True when <paramref name="count"/> is shown without a decimal.</summary>
    private static bool IsWhole(double count) => !Number(count, CountFormat).Contains('.', StringComparison.Ordinal);

    /// <summary>A month by its English name and, in Chinese, its number ("July", "7").</summary>
    private static LocalizedText MonthName(int month) => new(CultureInfo.GetCultureInfo("en-US").DateTimeFormat.GetMonthName(month), Number(month, "0"));

    /// <summary>
    /// One medicine as named, with what was said of its course: "prednisone", "prednisone (for 2 weeks)",
    /// "azathioprine (stopped 3 years ago)", "methotrexate (for 1 month, stopped)".
    /// </summary>
    public LocalizedText FormatMedicine(MedicineTaken medicine)
    {
        ArgumentNullException.ThrowIfNull(medicine);
        var details = new List<LocalizedText>();
        if (medicine.TakenFor is { } takenFor)
        {
            details.Add(Text(TextIds.MedicineTakenFor).With("length", FormatLength(takenFor)));
        }

        var stopped = medicine.Status == MedicineStatus.Stopped;
        if (medicine.TakenAgo is { } ago)
        {
            details.Add(Text(stopped ? TextIds.MedicineStoppedAgo : TextIds.MedicineTakenAgo).With("ago", FormatLength(ago)));
        }
        else if (stopped)
        {
            details.Add(Text(TextIds.MedicineStopped));
        }

        if (medicine.Status == MedicineStatus.Uncertain)
        {
            details.Add(Text(TextIds.MedicineUncertain));
        }

        var name = MedicineName(medicine.Id);
        return details.Count == 0 ? name : Text(TextIds.MedicineDetails).With("medicine", name).With("details", LocalizedText.JoinList(details));
    }

    private LocalizedText FormatMedicines(IReadOnlyList<MedicineTaken> medicines) =>
        medicines.Count == 0 ? Text(TextIds.AnswerNone) : LocalizedText.JoinList(medicines.Select(FormatMedicine));

    /// <summary>
    /// A length of time said of a medicine, in the whole unit it was most likely said in ("1 month", not "4.3 weeks"):
    /// whole years, whole months under three years, whole weeks under half a year, else as any elapsed time.
    /// </summary>
    private LocalizedText FormatLength(Duration length)
    {
        const double Tolerance = 0.01;
        const double MonthsSaidUpTo = 36;
        const double WeeksSaidUpTo = 26;
        static bool Whole(double count, double upTo) => count >= 1 && count < upTo && Math.Abs(count - Math.Round(count)) < Tolerance;
        return length switch
        {
            _ when Whole(length.Years, double.PositiveInfinity) => Count(Math.Round(length.Years), TextIds.AnswerYear, TextIds.AnswerYears),
            _ when Whole(length.Months, MonthsSaidUpTo) => Count(Math.Round(length.Months), TextIds.AnswerMonth, TextIds.AnswerMonths),
            _ when Whole(length.Weeks, WeeksSaidUpTo) => Count(Math.Round(length.Weeks), TextIds.AnswerWeek, TextIds.AnswerWeeks),
            _ => FormatElapsed(length),
        };
    }

    private LocalizedText Count(double count, string singularId, string pluralId)
    {
        var shown = Number(count, CountFormat);
        return Text(shown == "1" ? singularId : pluralId).With("count", shown);
    }

    private LocalizedText Text(string id) => definition.Text(id);

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

namespace TrialBot.Screening.Definition;

/// <summary>
/// The ids of the definition's general texts (its <c>texts</c> object), and the placeholders each template must carry.
/// Placeholders of the form <c>{I2.ageAtLeastYears}</c> anywhere in a definition are filled from the thresholds when it
/// loads; the placeholders listed here are filled at run time.
/// </summary>
public static class TextIds
{
    /// <summary>Outcome <c>likely-eligible</c>.</summary>
    public const string OutcomeLikelyEligible = "outcome.likely-eligible";

    /// <summary>Outcome <c>likely-ineligible</c>.</summary>
    public const string OutcomeLikelyIneligible = "outcome.likely-ineligible";

    /// <summary>Outcome <c>needs-review</c>.</summary>
    public const string OutcomeNeedsReview = "outcome.needs-review";

    /// <summary>Outcome <c>declined</c>.</summary>
    public const string OutcomeDeclined = "outcome.declined";

    /// <summary>What the study team will check at screening: <c>{items}</c>.</summary>
    public const string OutcomeToConfirm = "outcome.to-confirm";

    /// <summary>"Question <c>{current}</c> of about <c>{total}</c>".</summary>
    public const string Progress = "progress";

    /// <summary>A yes answer.</summary>
    public const string AnswerYes = "answer.yes";

    /// <summary>A no answer.</summary>
    public const string AnswerNo = "answer.no";

    /// <summary>A "don't know" answer.</summary>
    public const string AnswerDontKnow = "answer.dont-know";

    /// <summary>A question not answered (yet).</summary>
    public const string AnswerNotAnswered = "answer.not-answered";

    /// <summary>An empty list of medicines.</summary>
    public const string AnswerNone = "answer.none";

    /// <summary>One answer in a summary: <c>{label}</c> and <c>{value}</c>.</summary>
    public const string AnswerLabelled = "answer.labelled";

    /// <summary>An age: <c>{years}</c>.</summary>
    public const string AnswerAge = "answer.age";

    /// <summary>One year: <c>{count}</c>.</summary>
    public const string AnswerYear = "answer.year";

    /// <summary>Years: <c>{count}</c>.</summary>
    public const string AnswerYears = "answer.years";

    /// <summary>One month: <c>{count}</c>.</summary>
    public const string AnswerMonth = "answer.month";

    /// <summary>Months: <c>{count}</c>.</summary>
    public const string AnswerMonths = "answer.months";

    /// <summary>One week: <c>{count}</c>.</summary>
    public const string AnswerWeek = "answer.week";

    /// <summary>Weeks: <c>{count}</c>.</summary>
    public const string AnswerWeeks = "answer.weeks";

    /// <summary>One day: <c>{count}</c>.</summary>
    public const string AnswerDay = "answer.day";

    /// <summary>Days: <c>{count}</c>.</summary>
    public const string AnswerDays = "answer.days";

    /// <summary>A lab value said as a bound below it ("below 5 mg/dL (0.05 g/L)"): <c>{value}</c>.</summary>
    public const string AnswerBelow = "answer.below";

    /// <summary>A lab value said as a bound above it: <c>{value}</c>.</summary>
    public const string AnswerAbove = "answer.above";

    /// <summary>What a length of time is counted from, after it (" (counting from July 2026)"): <c>{date}</c>.</summary>
    public const string AnswerCountedFrom = "answer.counted-from";

    /// <summary>A year as a date: <c>{year}</c>.</summary>
    public const string DateYear = "date.year";

    /// <summary>A month of a year: <c>{month}</c> (its name in English, its number in Chinese) and <c>{year}</c>.</summary>
    public const string DateMonth = "date.month";

    /// <summary>A day of a month: <c>{day}</c> and <c>{month}</c> (as in <see cref="DateMonth"/>).</summary>
    public const string DateDay = "date.day";

    /// <summary>A prednisone-equivalent dose: <c>{mg}</c> and <c>{medicine}</c>.</summary>
    public const string AnswerDose = "answer.dose";

    /// <summary>A prednisone-equivalent dose whose conversion is contested: <c>{mg}</c> and <c>{medicine}</c>.</summary>
    public const string AnswerDoseContested = "answer.dose-contested";

    /// <summary>A daily dose of a steroid other than prednisone, with the amount the person takes of it: <c>{own}</c> (mg a
    /// day of the medicine), <c>{medicine}</c> and <c>{mg}</c> (its prednisone-equivalent), so that "Medrol 32 mg" is said
    /// back as 32 mg of methylprednisolone, not only as the 40 mg of prednisone it equals.</summary>
    public const string AnswerDoseOwn = "answer.dose-own";

    /// <summary>
    /// A dose that is not an oral daily regimen (an injection, a pulse, a weekly or monthly dose): <c>{medicine}</c>,
    /// <c>{intake}</c> (mg of one intake), <c>{schedule}</c> (how it is given) and <c>{mg}</c> (its prednisone-equivalent per day).
    /// </summary>
    public const string AnswerDoseSchedule = "answer.dose-schedule";

    /// <summary>How a dose is given: injected or IV.</summary>
    public const string ScheduleInjected = "answer.schedule-injected";

    /// <summary>How a dose is given: by mouth.</summary>
    public const string ScheduleOral = "answer.schedule-oral";

    /// <summary>How a dose is given: a pulse of unstated length.</summary>
    public const string SchedulePulse = "answer.schedule-pulse";

    /// <summary>How a dose is given: a pulse of <c>{days}</c> days.</summary>
    public const string SchedulePulseDays = "answer.schedule-pulse-days";

    /// <summary>How often: once a day.</summary>
    public const string ScheduleDaily = "answer.schedule-daily";

    /// <summary>How often: <c>{count}</c> times a day.</summary>
    public const string ScheduleTimesADay = "answer.schedule-times-a-day";

    /// <summary>How often: every <c>{days}</c> days (every other day, weekly, monthly are written out).</summary>
    public const string ScheduleEveryDays = "answer.schedule-every-days";

    /// <summary>How often: on <c>{count}</c> days of each week (Monday, Wednesday and Friday).</summary>
    public const string ScheduleDaysAWeek = "answer.schedule-days-a-week";

    /// <summary>How often: every other day.</summary>
    public const string ScheduleEveryOtherDay = "answer.schedule-every-other-day";

    /// <summary>How often: once a week.</summary>
    public const string ScheduleWeekly = "answer.schedule-weekly";

    /// <summary>How often: once a month.</summary>
    public const string ScheduleMonthly = "answer.schedule-monthly";

    /// <summary>A creatinine value: <c>{mgPerDl}</c> and <c>{micromolPerLitre}</c>.</summary>
    public const string AnswerCreatinine = "answer.creatinine";

    /// <summary>A urine protein value: <c>{grams}</c>.</summary>
    public const string AnswerProteinuria = "answer.proteinuria";

    /// <summary>An IgA value: <c>{mgPerDl}</c> and <c>{gramsPerLitre}</c>.</summary>
    public const string AnswerIga = "answer.iga";

    /// <summary>A plain number: <c>{value}</c>.</summary>
    public const string AnswerNumber = "answer.number";

    /// <summary>A place: <c>{place}</c>.</summary>
    public const string AnswerLocation = "answer.location";

    /// <summary>A medicine with what was said of its course: <c>{medicine}</c> and <c>{details}</c> ("prednisone (for 2 weeks)").</summary>
    public const string MedicineDetails = "answer.medicine-details";

    /// <summary>A medicine's course detail: stopped.</summary>
    public const string MedicineStopped = "answer.medicine-stopped";

    /// <summary>A medicine's detail: the person does not know whether it is taken now.</summary>
    public const string MedicineUncertain = "answer.medicine-uncertain";

    /// <summary>A medicine's course detail: taken for <c>{length}</c>.</summary>
    public const string MedicineTakenFor = "answer.medicine-taken-for";

    /// <summary>A medicine's course detail: stopped <c>{ago}</c> ago.</summary>
    public const string MedicineStoppedAgo = "answer.medicine-stopped-ago";

    /// <summary>A medicine's course detail: taken <c>{ago}</c> ago.</summary>
    public const string MedicineTakenAgo = "answer.medicine-taken-ago";

    /// <summary>Every text id with the run-time placeholders its template must carry in both languages.</summary>
    /// <summary>The greeting, in place of the bot's own: <c>{questions}</c>, the number of questions about.</summary>
    public const string Greeting = "greeting";

    /// <summary>The greeting for short text messages (SMS), in place of the bot's own.</summary>
    public const string GreetingShort = "greeting.short";

    /// <summary>The invitation to a personal chat (Teams group chats), in place of the bot's own.</summary>
    public const string SharedInvitation = "shared.invitation";

    /// <summary>The texts a trial may give to replace the bot's own, which name a trial; with their run-time placeholders.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> OptionalPlaceholders { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Greeting] = ["questions"],
        [GreetingShort] = [],
        [SharedInvitation] = [],
    };

    /// <summary>The run-time placeholders of every required text.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [OutcomeLikelyEligible] = [],
        [OutcomeLikelyIneligible] = [],
        [OutcomeNeedsReview] = [],
        [OutcomeDeclined] = [],
        [OutcomeToConfirm] = ["items"],
        [Progress] = ["current", "total"],
        [AnswerYes] = [],
        [AnswerNo] = [],
        [AnswerDontKnow] = [],
        [AnswerNotAnswered] = [],
        [AnswerNone] = [],
        [AnswerLabelled] = ["label", "value"],
        [AnswerAge] = ["years"],
        [AnswerYear] = ["count"],
        [AnswerYears] = ["count"],
        [AnswerMonth] = ["count"],
        [AnswerMonths] = ["count"],
        [AnswerWeek] = ["count"],
        [AnswerWeeks] = ["count"],
        [AnswerDay] = ["count"],
        [AnswerDays] = ["count"],
        [AnswerCountedFrom] = ["date"],
        [AnswerBelow] = ["value"],
        [AnswerAbove] = ["value"],
        [DateYear] = ["year"],
        [DateMonth] = ["month", "year"],
        [DateDay] = ["day", "month"],
        [AnswerDose] = ["mg", "medicine"],
        [AnswerDoseContested] = ["mg", "medicine"],
        [AnswerDoseOwn] = ["own", "medicine", "mg"],
        [AnswerDoseSchedule] = ["medicine", "intake", "schedule", "mg"],
        [ScheduleInjected] = [],
        [ScheduleOral] = [],
        [SchedulePulse] = [],
        [SchedulePulseDays] = ["days"],
        [ScheduleDaily] = [],
        [ScheduleTimesADay] = ["count"],
        [ScheduleEveryDays] = ["days"],
        [ScheduleDaysAWeek] = ["count"],
        [ScheduleEveryOtherDay] = [],
        [ScheduleWeekly] = [],
        [ScheduleMonthly] = [],
        [AnswerCreatinine] = ["mgPerDl", "micromolPerLitre"],
        [AnswerProteinuria] = ["grams"],
        [AnswerIga] = ["mgPerDl", "gramsPerLitre"],
        [AnswerNumber] = ["value"],
        [AnswerLocation] = ["place"],
        [MedicineDetails] = ["medicine", "details"],
        [MedicineStopped] = [],
        [MedicineUncertain] = [],
        [MedicineTakenFor] = ["length"],
        [MedicineStoppedAgo] = ["ago"],
        [MedicineTakenAgo] = ["ago"],
    };
}

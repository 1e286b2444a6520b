using System.Collections.Concurrent;
using System.Globalization;
using TrialBot.Recognition;
using TrialBot.Recognition.Places;
using TrialBot.Recognition.Questions;
using TrialBot.Recognition.Statements;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Reads the answer to a screening question of any kind with the recognition library, as an <see cref="Answer"/>:
/// a value, "don't know", or not understood with a <see cref="RecognitionProblem"/> code (or <see cref="NotSteroid"/>).
/// The dose question takes as its default medicine the corticosteroid named in the treatment answer; a place is any
/// text, with the city when one is recognised.
/// </summary>
internal class AnswerReader
{
    /// <summary>The problem code of a dose answer that names a medicine which is not a corticosteroid.</summary>
    public const string NotSteroid = "not-steroid";

    /// <summary>The longest place kept in an answer, in characters.</summary>
    public const int MaxPlaceLength = PlaceRecognizer.MaxPlaceLength;

    private readonly TrialDefinition definition;
    private readonly MedicineRecognizer medicines;
    private readonly DoseRecognizer doses;
    private readonly CityDirectory cities;
    private readonly ConcurrentDictionary<string, YesNoSubject?> subjects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, YesNoSubject> conditions = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="AnswerReader"/> class.</summary>
    /// <param name="definition">The trial definition (its medicines).</param>
    /// <param name="cities">The cities a place is read as; the built-in table when null.</param>
    public AnswerReader(TrialDefinition definition, CityDirectory? cities = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
        this.cities = cities ?? CityDirectory.BuiltIn;
        medicines = new MedicineRecognizer(definition.Medicines.All);
        doses = new DoseRecognizer(definition.Medicines.All);
    }

    /// <summary>Reads an answer.</summary>
    /// <param name="kind">The question's kind of answer.</param>
    /// <param name="text">What the person wrote.</param>
    /// <param name="culture">The conversation's culture.</param>
    /// <param name="answers">The answers so far (for the dose's default medicine).</param>
    /// <param name="today">The person's today (for dates).</param>
    /// <param name="questionId">The question answered, when known: a yes/no answer is then also read as a statement about
    /// what it asks (its subject in the trial definition).</param>
    /// <returns>The reading.</returns>
    public virtual Recognition<Answer> Read(AnswerKind kind, string text, CultureInfo culture, ScreeningAnswers answers, DateOnly today, string? questionId = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(answers);
        var locale = culture.Name;
        text = PinyinAnswer.ToHan(text, locale);
        if (kind is not (AnswerKind.YesNo or AnswerKind.Medicines) && QuestionBack.OnlyAsks(text))
        {
            // "从啥时候算呀？是22年…还是后来…的时候？": the 22 is part of a question asked back, not a figure given; the question
            // is explained and asked again. (A yes/no reader weighs questions itself; a medicine asked about is named.)
            return Recognitions.NotUnderstood<Answer>(RecognitionProblem.QuestionAsked);
        }

        return kind switch
        {
            AnswerKind.YesNo => ReadYesNo(text, locale, answers, today, questionId).Map<Answer>(yes => new YesNoAnswer(yes)),
            AnswerKind.Age => AgeRecognizer.Recognize(text, locale, today).Map<Answer>(years => new AgeAnswer(years)),
            AnswerKind.ElapsedTime => ReadElapsed(text, locale, answers, today, questionId).Map<Answer>(span => new ElapsedAnswer(span.Shortest)
            {
                UpTo = span.Longest,
                CountedFrom = today.AddDays(-(int)Math.Round(span.Shortest.Days)),
                Approximate = span.Approximate,
            }),
            AnswerKind.Medicines => medicines.Recognize(text, locale, today).Map<Answer>(named => new MedicinesAnswer(named)),
            AnswerKind.Dose => ReadDose(text, locale, answers),
            AnswerKind.Number => ScoreRecognizer.Recognize(text, locale).Map<Answer>(number => new NumberAnswer(number)),
            AnswerKind.Creatinine => ReadLab(kind, text, questionId, LabValueRecognizer.RecognizeCreatinine(text, locale).Map<Answer>(reading => new CreatinineAnswer(reading.Figure) { Bound = reading.Bound, UpTo = reading.UpTo })),
            AnswerKind.Proteinuria => ReadLab(kind, text, questionId, LabValueRecognizer.RecognizeProteinuria(text, locale).Map<Answer>(reading => new ProteinuriaAnswer(reading.Figure) { Bound = reading.Bound, UpTo = reading.UpTo })),
            AnswerKind.Iga => ReadLab(kind, text, questionId, LabValueRecognizer.RecognizeIgA(text, locale).Map<Answer>(reading => new IgaAnswer(reading.Figure) { Bound = reading.Bound, UpTo = reading.UpTo })),
            AnswerKind.Location => ReadPlace(text, locale),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown answer kind."),
        };
    }

    /// <summary>
    /// Tells whether a message is an answer to a question of <paramref name="kind"/> rather than something else (such as
    /// a question about the study): a value or "don't know" was read; for a place, a city was recognised.
    /// </summary>
    /// <param name="kind">The question's kind of answer.</param>
    /// <param name="text">What the person wrote.</param>
    /// <param name="culture">The conversation's culture.</param>
    /// <param name="answers">The answers so far.</param>
    /// <param name="today">The person's today.</param>
    /// <param name="questionId">The question, when known (see <see cref="Read"/>).</param>
    /// <returns>True when the message answers the question.</returns>
    public bool IsAnswer(AnswerKind kind, string text, CultureInfo culture, ScreeningAnswers answers, DateOnly today, string? questionId = null)
    {
        var reading = Read(kind, text, culture, answers, today, questionId);
        return reading.IsUnsure || (reading.TryGetValue(out var answer) && (answer is not LocationAnswer { CityId: null }));
    }

    /// <summary>
    /// A dose; with no steroid named in it, of the steroid named among the medicines taken. When those name a steroid only
    /// by the everyday word ("steroids", 激素), it is read as prednisone, the steroid the word most often means, and said
    /// back with its name to confirm; a person who says they do not know which it is is asked (<see cref="DoseRecognizer.WhichSteroid"/>).
    /// </summary>
    private Recognition<Answer> ReadDose(string text, string locale, ScreeningAnswers answers)
    {
        var steroid = DefaultSteroid(answers);
        var reading = doses.Recognize(text, locale, steroid);
        var unnamed = reading.TryGetValue(out var dose) && !dose.MedicineNamed && steroid is null && SteroidUnnamed(answers);
        var answer = reading.Bind(FromDose);
        return unnamed && answer.IsRecognized ? answer.AsTentative() : answer;
    }

    /// <summary>True when the medicines taken include a steroid named only as such ("cellcept + a steroid, dont know which").</summary>
    private bool SteroidUnnamed(ScreeningAnswers answers) =>
        definition.FirstQuestionOf(AnswerKind.Medicines) is { } medicinesQuestion
        && answers.Get(medicinesQuestion.Id) is MedicinesAnswer taken
        && taken.Current.Any(medicine => medicine.Id == MedicineClassIds.Corticosteroid);

    private static Recognition<Answer> FromDose(RecognizedDose dose) =>
        dose.PrednisoneEquivalent is null
            ? Recognitions.NotUnderstood<Answer>(NotSteroid)
            : Recognitions.Of<Answer>(DoseAnswer.Of(dose.Medicine, dose.DailyDose, dose.Schedule));

    /// <summary>Reads a yes/no answer to a screening question the way <see cref="Read"/> does, as a plain yes or no.</summary>
    /// <param name="text">What the person wrote.</param>
    /// <param name="culture">The conversation's culture.</param>
    /// <param name="answers">The answers so far (for the steroid a stated dose is of).</param>
    /// <param name="today">The person's today (for dates).</param>
    /// <param name="questionId">The question answered: its subject and declared readings apply.</param>
    /// <returns>The reading.</returns>
    public Recognition<bool> ReadYesNo(string text, CultureInfo culture, ScreeningAnswers answers, DateOnly today, string? questionId)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(answers);
        return ReadYesNo(PinyinAnswer.ToHan(text, culture.Name), culture.Name, answers, today, questionId);
    }

    /// <summary>A yes/no answer, read as a statement about the question's subject; for a question about a very high dose,
    /// a stated dose under its limit is no (<see cref="StatedDoseReading"/>); for a question about the last weeks, a yes
    /// dated before them is a no to confirm (<see cref="DatedStatementReading"/>); for a question about a course of some days, a
    /// shorter course is a no to confirm (<see cref="CourseStatementReading"/>).</summary>
    private Recognition<bool> ReadYesNo(string text, string locale, ScreeningAnswers answers, DateOnly today, string? questionId)
    {
        var subject = SubjectOf(questionId);
        var reading = YesNoRecognizer.Recognize(text, locale, subject);
        if (subject is null || definition.FindQuestion(questionId!)?.Subject is not { } declared)
        {
            return reading;
        }

        if (declared.NoBelowDailyDose is { } limit)
        {
            reading = StatedDoseReading.Apply(reading, text, locale, subject, doses, DefaultSteroid(answers), limit);
        }

        if (declared.NoShorterThanDays is { } leastDays)
        {
            reading = CourseStatementReading.Apply(reading, text, leastDays);
        }

        return declared.NoOlderThan is { } window ? DatedStatementReading.Apply(reading, text, locale, today, window)
            : declared.AsksAboutNow ? reading
            : EarlierOccurrence.Apply(reading, text);
    }

    /// <summary>The fewest years between an age said and the age now that are measured: under two, months decide.</summary>
    private const double MinYearsFromAnAge = 2;

    /// <summary>
    /// A length of time; one counted from an event the person named instead of a time is measured from what they said
    /// earlier, to confirm: "since I was diagnosed" by the answer to the question that measures the time since the
    /// diagnosis (<see cref="QuestionDefinition.MeasuresSinceDiagnosis"/>), "since I started it again" by the answer to
    /// the question that measures the course (<see cref="QuestionDefinition.MeasuresCourse"/>), "since I was 24" by the age given.
    /// </summary>
    private Recognition<ElapsedSpan> ReadElapsed(string text, string locale, ScreeningAnswers answers, DateOnly today, string? questionId)
    {
        var reading = ElapsedTimeRecognizer.RecognizeSpan(text, locale, today);
        if (reading.IsRecognized || reading.IsUnsure || SinceEventReader.Read(text) is not { } since)
        {
            return reading;
        }

        if (since.AtAge is { } atAge && definition.FirstQuestionOf(AnswerKind.Age) is { } ageQuestion
            && answers.Get(ageQuestion.Id) is AgeAnswer age && Math.Floor(age.Years) - atAge >= MinYearsFromAnAge)
        {
            // Aged 38 now and 29 then: 8 to 9 years, said back as the 9 the person counts. Two years or more, so the year
            // it may overstate decides no rule of months.
            return Recognitions.Tentative(One(Duration.FromYears(Math.Floor(age.Years) - atAge)));
        }

        var course = definition.Questions.FirstOrDefault(question => question.MeasuresCourse);
        if (since.CourseStart)
        {
            // "same 15mg since I started it again", 开始就是3片一直没变: as long as the course itself, to confirm.
            return course is not null && course.Id != questionId && answers.Get(course.Id) is ElapsedAnswer sinceStart
                ? Recognitions.Tentative(One(sinceStart.Elapsed))
                : reading;
        }

        var diagnosis = definition.Questions.FirstOrDefault(question => question.MeasuresSinceDiagnosis);
        return since.Diagnosis && diagnosis is not null && diagnosis.Id != questionId && answers.Get(diagnosis.Id) is ElapsedAnswer sinceDiagnosis
            ? Recognitions.Tentative(One(sinceDiagnosis.Elapsed))
            : reading;
    }

    /// <summary>One figure, as another answer gave it.</summary>
    private static ElapsedSpan One(Duration elapsed) => new(elapsed, null, Approximate: false);

    /// <summary>
    /// A lab value; without one, an answer that names the condition the criterion's limit defines (the question's
    /// <see cref="QuestionDefinition.Condition"/>: "they said I have IgA deficiency") is a value beyond the limit, to
    /// confirm, and one that denies it ("no IgA deficiency") gives no value: not known.
    /// </summary>
    private Recognition<Answer> ReadLab(AnswerKind kind, string text, string? questionId, Recognition<Answer> value)
    {
        if (value.IsRecognized || ConditionOf(kind, questionId) is not { } condition)
        {
            return value;
        }

        return LabConditionReader.Read(text, condition) switch
        {
            true => Recognitions.Tentative<Answer>(new LabConditionAnswer(kind)),
            false => Recognitions.Unsure<Answer>(),
            null => value,
        };
    }

    /// <summary>The terms of the condition a lab question's limit defines, or null when the question declares none.</summary>
    private YesNoSubject? ConditionOf(AnswerKind kind, string? questionId)
    {
        var question = questionId is null ? definition.FirstQuestionOf(kind) : definition.FindQuestion(questionId);
        return question?.Condition is { } condition
            ? conditions.GetOrAdd(question.Id, _ => new YesNoSubject(condition.Terms, [], []))
            : null;
    }

    private Recognition<Answer> ReadPlace(string text, string locale) =>
        PlaceRecognizer.Recognize(text, locale, cities).Map<Answer>(place => new LocationAnswer(place.Text, place.CityId));

    /// <summary>The subject of a yes/no question (what it asks about, from the trial definition), or null.</summary>
    /// <param name="questionId">The question id, or null.</param>
    /// <returns>The subject, or null when the question has none.</returns>
    public YesNoSubject? SubjectOf(string? questionId) =>
        questionId is null
            ? null
            : subjects.GetOrAdd(questionId, id => definition.FindQuestion(id)?.Subject is { } subject
                ? new YesNoSubject(subject.About, subject.Contrary, subject.NotCounting, CountingTreatments(id)) { AsksAboutNow = subject.AsksAboutNow, AboutIsTreatment = subject.AboutIsTreatment }
                : null);

    /// <summary>
    /// The names of the treatments under which what a question asks about counts even beside a qualifier that would take it
    /// out: every medicine of the catalog in the classes the question names (<c>countsWhenTreatedWith</c> in the trial
    /// file; for another autoimmune disease, "systematic treatment is needed", the immunosuppressants). Corticosteroids are
    /// left out there: the same names are creams, drops and inhalers, which the question says do not count, and most
    /// people take them for their lupus.
    /// </summary>
    private IEnumerable<string> CountingTreatments(string questionId) =>
        definition.FindQuestion(questionId)?.Subject?.CountsWhenTreatedWith is { Count: > 0 } classes
            ? definition.Medicines.All.Where(medicine => classes.Contains(medicine.Class)).SelectMany(medicine => medicine.Names)
            : [];

    private Medicine? DefaultSteroid(ScreeningAnswers answers) =>
        (definition.FirstQuestionOf(AnswerKind.Medicines) is { } medicinesQuestion ? (answers.Get(medicinesQuestion.Id) as MedicinesAnswer)?.Current : null)?
            .Where(taken => taken.Class == MedicineClass.Corticosteroid)
            .Select(taken => definition.Medicines.Find(taken.Id))
            .FirstOrDefault(medicine => medicine is not null);
}

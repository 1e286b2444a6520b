using System.Runtime.CompilerServices;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers.Storage;

/// <summary>
/// Maps typed answers to their stored shape and back. Reading is forgiving where stored data may have been edited: an
/// answer that does not make sense (a negative amount, a dose without its medicine) reads as not answered, so the
/// question is asked again.
/// </summary>
public static class StoredAnswerMapper
{
    /// <summary>The stored shape of <paramref name="answers"/>, in the current schema version.</summary>
    public static StoredScreeningAnswers ToStored(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var values = new Dictionary<string, StoredAnswer>(answers.Values.Count, StringComparer.Ordinal);
        foreach (var (questionId, answer) in answers.Values)
        {
            values[questionId] = ToStored(answer);
        }

        return new StoredScreeningAnswers { Values = values };
    }

    /// <summary>
    /// The answers stored in <paramref name="stored"/>, or null when it is not of a version this code reads or is
    /// damaged (no values, or a value missing): the caller then starts the screening again.
    /// </summary>
    public static ScreeningAnswers? ToAnswers(StoredScreeningAnswers? stored)
    {
        if (stored is not { SchemaVersion: StoredScreeningAnswers.CurrentSchemaVersion, Values: { } values } || values.Values.Any(value => value is null))
        {
            return null;
        }

        var answers = ScreeningAnswers.Empty;
        foreach (var (questionId, value) in values)
        {
            if (!string.IsNullOrWhiteSpace(questionId) && ToAnswer(value) is { } answer)
            {
                answers = answers.Set(questionId, answer);
            }
        }

        return answers;
    }

    /// <summary>The stored shape of one answer.</summary>
    public static StoredAnswer ToStored(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Mapped.GetValue(answer, MapOnce);
    }

    /// <summary>
    /// Each answer's stored shape, mapped once: answers and their stored shapes never change, and a conversation's
    /// answers are written again whenever one of them is added or changed.
    /// </summary>
    private static readonly ConditionalWeakTable<Answer, StoredAnswer> Mapped = new();

    private static readonly ConditionalWeakTable<Answer, StoredAnswer>.CreateValueCallback MapOnce = Map;

    private static StoredAnswer Map(Answer answer)
    {
        var stored = new StoredAnswer { Kind = answer.Kind };
        return answer switch
        {
            UnknownAnswer => stored with { DontKnow = true },
            YesNoAnswer yesNo => stored with { Yes = yesNo.Yes },
            AgeAnswer age => stored with { Amount = age.Years, NextBirthdaySoon = age.NextBirthdaySoon },
            ElapsedAnswer elapsed => stored with { Amount = elapsed.Elapsed.Days, AmountUpTo = elapsed.UpTo?.Days, CountedFrom = elapsed.CountedFrom, Approximate = elapsed.Approximate },
            MedicinesAnswer medicines => stored with
            {
                Medicines = medicines.Medicines.Select(ToStored).ToList(),
            },
            DoseAnswer dose => stored with
            {
                Amount = dose.PrednisoneEquivalent.MgPerDay,
                MedicineId = dose.MedicineId,
                EquivalenceContested = dose.EquivalenceContested,
                Schedule = dose.Schedule is { } schedule ? ToStored(schedule) : null,
            },
            NumberAnswer number => stored with { Amount = number.Value },
            CreatinineAnswer creatinine => stored with { Amount = creatinine.Creatinine.MgPerDl, Bound = creatinine.Bound, AmountUpTo = creatinine.UpTo?.MgPerDl },
            ProteinuriaAnswer proteinuria => stored with { Amount = proteinuria.Protein.GramsPer24Hours, Bound = proteinuria.Bound, AmountUpTo = proteinuria.UpTo?.GramsPer24Hours },
            IgaAnswer iga => stored with { Amount = iga.IgA.MgPerDl, Bound = iga.Bound, AmountUpTo = iga.UpTo?.MgPerDl },
            LabConditionAnswer => stored with { BeyondLimit = true },
            LocationAnswer location => stored with { Text = location.Text, CityId = location.CityId },
            _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.Kind, "Not a kind of answer this version stores."),
        };
    }

    /// <summary>The answer <paramref name="stored"/> holds, or null when it does not make sense.</summary>
    public static Answer? ToAnswer(StoredAnswer? stored)
    {
        if (stored is null || !Enum.IsDefined(stored.Kind))
        {
            return null;
        }

        if (stored.DontKnow)
        {
            return new UnknownAnswer(stored.Kind);
        }

        if (stored.BeyondLimit)
        {
            return stored.Kind is AnswerKind.Creatinine or AnswerKind.Proteinuria or AnswerKind.Iga ? new LabConditionAnswer(stored.Kind) : null;
        }

        var measured = stored.Amount is { } amount && double.IsFinite(amount) && amount >= 0 ? amount : (double?)null;
        return (stored.Kind, measured) switch
        {
            (AnswerKind.YesNo, _) => stored.Yes is { } yes ? new YesNoAnswer(yes) : null,
            (AnswerKind.Age, { } years) => new AgeAnswer(years) { NextBirthdaySoon = stored.NextBirthdaySoon },
            (AnswerKind.ElapsedTime, { } days) => new ElapsedAnswer(Duration.FromDays(days))
            {
                UpTo = UpperEnd(stored, days) is { } upTo ? Duration.FromDays(upTo) : null,
                CountedFrom = stored.CountedFrom,
                Approximate = stored.Approximate,
            },
            (AnswerKind.Medicines, _) => ToMedicines(stored.Medicines),
            (AnswerKind.Dose, { } mgPerDay) when !string.IsNullOrWhiteSpace(stored.MedicineId) => new DoseAnswer(stored.MedicineId, DailyDose.FromMgPerDay(mgPerDay))
            {
                EquivalenceContested = stored.EquivalenceContested,
                Schedule = stored.Schedule is { } schedule ? ToSchedule(schedule) : null,
            },
            (AnswerKind.Number, _) when stored.Amount is { } value && double.IsFinite(value) => new NumberAnswer(value),
            (AnswerKind.Creatinine, { } mgPerDl) => new CreatinineAnswer(SerumCreatinine.FromMgPerDl(mgPerDl))
            {
                Bound = KnownBound(stored.Bound),
                UpTo = UpperEnd(stored, mgPerDl) is { } upTo ? SerumCreatinine.FromMgPerDl(upTo) : null,
            },
            (AnswerKind.Proteinuria, { } grams) => new ProteinuriaAnswer(Proteinuria.FromGramsPer24Hours(grams))
            {
                Bound = KnownBound(stored.Bound),
                UpTo = UpperEnd(stored, grams) is { } upTo ? Proteinuria.FromGramsPer24Hours(upTo) : null,
            },
            (AnswerKind.Iga, { } mgPerDl) => new IgaAnswer(SerumIgA.FromMgPerDl(mgPerDl))
            {
                Bound = KnownBound(stored.Bound),
                UpTo = UpperEnd(stored, mgPerDl) is { } upTo ? SerumIgA.FromMgPerDl(upTo) : null,
            },
            (AnswerKind.Location, _) when !string.IsNullOrWhiteSpace(stored.Text) => new LocationAnswer(stored.Text, stored.CityId),
            _ => null,
        };
    }

    private static MedicinesAnswer? ToMedicines(IReadOnlyList<StoredMedicine>? medicines) =>
        medicines is not null && medicines.All(medicine => medicine is not null && !string.IsNullOrWhiteSpace(medicine.Id)
            && IsLength(medicine.TakenForDays) && IsLength(medicine.TakenAgoDays))
            ? new MedicinesAnswer(medicines.Select(medicine => new MedicineTaken(medicine.Id, medicine.Class, medicine.Status)
            {
                TakenFor = medicine.TakenForDays is { } takenFor ? Duration.FromDays(takenFor) : null,
                TakenAgo = medicine.TakenAgoDays is { } takenAgo ? Duration.FromDays(takenAgo) : null,
            }))
            : null;

    private static StoredMedicine ToStored(MedicineTaken medicine) => new(medicine.Id, medicine.Class, medicine.Status)
    {
        TakenForDays = medicine.TakenFor?.Days,
        TakenAgoDays = medicine.TakenAgo?.Days,
    };

    /// <summary>True for a stored length of time that makes sense, or none.</summary>
    private static bool IsLength(double? days) => days is null || (double.IsFinite(days.Value) && days.Value >= 0);

    private static StoredDoseSchedule ToStored(DoseSchedule schedule) => new(schedule.IntakeMg, schedule.Intakes, schedule.IntervalDays)
    {
        Route = schedule.Route,
        Pulse = schedule.Pulse,
        FrequencyStated = schedule.FrequencyStated,
        CourseDays = schedule.CourseDays,
    };

    private static DoseSchedule ToSchedule(StoredDoseSchedule schedule) => new(schedule.IntakeMg, schedule.Intakes, schedule.IntervalDays)
    {
        Route = schedule.Route,
        Pulse = schedule.Pulse,
        FrequencyStated = schedule.FrequencyStated,
        CourseDays = schedule.CourseDays,
    };

    /// <summary>The stored upper end of a range (<see cref="StoredAnswer.AmountUpTo"/>) when it makes sense above
    /// <paramref name="lower"/>; else null.</summary>
    private static double? UpperEnd(StoredAnswer stored, double lower) =>
        stored.AmountUpTo is { } upTo && double.IsFinite(upTo) && upTo >= lower ? upTo : null;

    /// <summary>A stored bound this version knows; an unknown one reads as the value itself.</summary>
    private static LabBound KnownBound(LabBound bound) => Enum.IsDefined(bound) ? bound : LabBound.Exact;
}

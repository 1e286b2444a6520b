using System.Text.Json.Serialization;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>
/// One answer, as plain data that survives a JSON round trip with any serializer: a kind, "don't know" or a value in
/// the kind's canonical unit. Create answers with the factory methods; read them with the <c>As…</c> methods, which
/// return null for "don't know" or for an answer of another kind.
/// </summary>
public sealed record AnswerValue
{
    /// <summary>The kind of answer.</summary>
    public AnswerKind Kind { get; init; }

    /// <summary>True when the person said they do not know; the value fields are then empty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool DontKnow { get; init; }

    /// <summary>For <see cref="AnswerKind.YesNo"/>: the answer.</summary>
    public bool? Yes { get; init; }

    /// <summary>
    /// The number in the kind's canonical unit: years (age), days (elapsed time), prednisone-equivalent mg/day (dose),
    /// mg/dL (creatinine, IgA), g/24h (proteinuria), or the plain number.
    /// </summary>
    public double? Amount { get; init; }

    /// <summary>For <see cref="AnswerKind.Dose"/>: the corticosteroid the dose was given as.</summary>
    public string? MedicineId { get; init; }

    /// <summary>For <see cref="AnswerKind.Dose"/>: true when that medicine's prednisone equivalence is contested.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool EquivalenceContested { get; init; }

    /// <summary>
    /// For <see cref="AnswerKind.Dose"/>: how the dose is given (intake, frequency, route, pulse), as the person said it;
    /// null for stored answers written before it existed, which read as a daily oral dose.
    /// </summary>
    public DoseSchedule? Schedule { get; init; }

    /// <summary>For <see cref="AnswerKind.Medicines"/>: the medicines named (empty for "none").</summary>
    public IReadOnlyList<MedicineTaken>? Medicines { get; init; }

    /// <summary>
    /// For <see cref="AnswerKind.Age"/> at one under the youngest or at the oldest age allowed: whether the person turns a
    /// year older within about a month, as they said; null when not asked or not known.
    /// </summary>
    public bool? NextBirthdaySoon { get; init; }

    /// <summary>For <see cref="AnswerKind.Location"/>: the place as the person gave it.</summary>
    public string? Text { get; init; }

    /// <summary>For <see cref="AnswerKind.Location"/>: the recognised city id, or null for a place not recognised.</summary>
    public string? CityId { get; init; }

    /// <summary>"Don't know" to a question of <paramref name="kind"/>.</summary>
    public static AnswerValue Unknown(AnswerKind kind) => new() { Kind = kind, DontKnow = true };

    /// <summary>A yes or no.</summary>
    public static AnswerValue FromYesNo(bool yes) => new() { Kind = AnswerKind.YesNo, Yes = yes };

    /// <summary>An age in years.</summary>
    public static AnswerValue FromAge(double years) =>
        new() { Kind = AnswerKind.Age, Amount = Quantity.RequireNonNegative(years, nameof(years)) };

    /// <summary>A length of time up to now.</summary>
    public static AnswerValue FromElapsed(Duration elapsed) => new() { Kind = AnswerKind.ElapsedTime, Amount = elapsed.Days };

    /// <summary>The medicines a person takes; an empty list means "none".</summary>
    public static AnswerValue FromMedicines(IEnumerable<Medicine> medicines)
    {
        ArgumentNullException.ThrowIfNull(medicines);
        return new()
        {
            Kind = AnswerKind.Medicines,
            Medicines = medicines.DistinctBy(medicine => medicine.Id).Select(medicine => new MedicineTaken(medicine.Id, medicine.Class)).ToList(),
        };
    }

    /// <summary>The medicines a person named, each taken now, stopped or planned; an empty list means "none".</summary>
    public static AnswerValue FromMedicines(IEnumerable<MedicineTaken> medicines)
    {
        ArgumentNullException.ThrowIfNull(medicines);
        return new() { Kind = AnswerKind.Medicines, Medicines = medicines.DistinctBy(medicine => medicine.Id).ToList() };
    }

    /// <summary>A daily dose of a corticosteroid, stored as its prednisone equivalent.</summary>
    /// <exception cref="ArgumentException"><paramref name="medicine"/> has no prednisone equivalence.</exception>
    public static AnswerValue FromDose(Medicine medicine, DailyDose dose)
    {
        ArgumentNullException.ThrowIfNull(medicine);
        return new()
        {
            Kind = AnswerKind.Dose,
            Amount = PrednisoneEquivalent.Of(medicine, dose).MgPerDay,
            MedicineId = medicine.Id,
            EquivalenceContested = medicine.EquivalenceContested,
        };
    }

    /// <summary>
    /// A corticosteroid dose given on <paramref name="schedule"/>: <paramref name="dose"/> is its daily equivalent (the
    /// intake × the schedule's per-day factor), stored as its prednisone equivalent with the schedule kept beside it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="medicine"/> has no prednisone equivalence.</exception>
    public static AnswerValue FromDose(Medicine medicine, DailyDose dose, DoseSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return FromDose(medicine, dose) with { Schedule = schedule };
    }

    /// <summary>A plain number, such as a score.</summary>
    public static AnswerValue FromNumber(double value) =>
        double.IsFinite(value) ? new() { Kind = AnswerKind.Number, Amount = value } : throw new ArgumentOutOfRangeException(nameof(value), value, "A number answer is finite.");

    /// <summary>A serum creatinine value.</summary>
    public static AnswerValue FromCreatinine(SerumCreatinine creatinine) => new() { Kind = AnswerKind.Creatinine, Amount = creatinine.MgPerDl };

    /// <summary>A 24-hour urine protein value.</summary>
    public static AnswerValue FromProteinuria(Proteinuria proteinuria) => new() { Kind = AnswerKind.Proteinuria, Amount = proteinuria.GramsPer24Hours };

    /// <summary>A serum IgA value.</summary>
    public static AnswerValue FromIgA(SerumIgA iga) => new() { Kind = AnswerKind.Iga, Amount = iga.MgPerDl };

    /// <summary>A place: the person's words and the recognised city id (null when not recognised or abroad).</summary>
    public static AnswerValue FromLocation(string text, string? cityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new() { Kind = AnswerKind.Location, Text = text.Trim(), CityId = cityId };
    }

    /// <summary>The yes/no answer, or null.</summary>
    public bool? AsYesNo() => Is(AnswerKind.YesNo) ? Yes : null;

    /// <summary>The age in years, or null.</summary>
    public double? AsAgeYears() => Is(AnswerKind.Age) ? Measured : null;

    /// <summary>The length of time, or null.</summary>
    public Duration? AsElapsed() => Is(AnswerKind.ElapsedTime) && Measured is { } days ? Duration.FromDays(days) : null;

    /// <summary>The medicines named (taken now, stopped or planned), or null.</summary>
    public IReadOnlyList<MedicineTaken>? AsMedicines() => Is(AnswerKind.Medicines) ? Medicines : null;

    /// <summary>The medicines taken now (not the stopped or planned ones), or null.</summary>
    public IReadOnlyList<MedicineTaken>? AsCurrentMedicines() => AsMedicines()?.Where(medicine => medicine.IsCurrent).ToList();

    /// <summary>The prednisone-equivalent daily dose, or null.</summary>
    public DailyDose? AsPrednisoneEquivalentDose() => Is(AnswerKind.Dose) && Measured is { } mg ? DailyDose.FromMgPerDay(mg) : null;

    /// <summary>
    /// True when the dose answer is an oral daily regimen, the dose the listing's limits speak of (see
    /// <see cref="DoseSchedule.IsOralDailyRegimen"/>); an answer without a schedule is one.
    /// </summary>
    public bool IsOralDailyDose() => Schedule?.IsOralDailyRegimen ?? true;

    /// <summary>The plain number, or null.</summary>
    public double? AsNumber() => Is(AnswerKind.Number) && Amount is { } value && double.IsFinite(value) ? value : null;

    /// <summary>The serum creatinine, or null.</summary>
    public SerumCreatinine? AsCreatinine() => Is(AnswerKind.Creatinine) && Measured is { } value ? SerumCreatinine.FromMgPerDl(value) : null;

    /// <summary>The urine protein, or null.</summary>
    public Proteinuria? AsProteinuria() => Is(AnswerKind.Proteinuria) && Measured is { } value ? Proteinuria.FromGramsPer24Hours(value) : null;

    /// <summary>The serum IgA, or null.</summary>
    public SerumIgA? AsIgA() => Is(AnswerKind.Iga) && Measured is { } value ? SerumIgA.FromMgPerDl(value) : null;

    /// <summary>The amount when it is a finite, non-negative measurement (stored data may have been edited).</summary>
    private double? Measured => Amount is { } value && double.IsFinite(value) && value >= 0 ? value : null;

    private bool Is(AnswerKind kind) => Kind == kind && !DontKnow;
}

using System.Text.Json.Serialization;

namespace TrialBot.Screening.Answers.Storage;

/// <summary>
/// One answer as stored (schema version 1): a kind, "don't know" or a value in the kind's canonical unit. The property
/// names and their order are the stored shape, written by every version since the first: never rename or reorder them.
/// Only <see cref="StoredAnswerMapper"/> makes or reads these.
/// </summary>
public sealed record StoredAnswer
{
    /// <summary>The kind of answer.</summary>
    public AnswerKind Kind { get; init; }

    /// <summary>True when the person said they do not know; the value fields are then empty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool DontKnow { get; init; }

    /// <summary>For yes/no: the answer.</summary>
    public bool? Yes { get; init; }

    /// <summary>
    /// The number in the kind's canonical unit: years (age), days (elapsed time), prednisone-equivalent mg/day (dose),
    /// mg/dL (creatinine, IgA), g/24h (proteinuria), or the plain number.
    /// </summary>
    public double? Amount { get; init; }

    /// <summary>For a dose: the corticosteroid the dose was given as.</summary>
    public string? MedicineId { get; init; }

    /// <summary>For a dose: true when that medicine's prednisone equivalence is contested.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool EquivalenceContested { get; init; }

    /// <summary>For a dose: how it is given; absent in answers stored before it existed.</summary>
    public StoredDoseSchedule? Schedule { get; init; }

    /// <summary>For medicines: the medicines named (empty for "none").</summary>
    public IReadOnlyList<StoredMedicine>? Medicines { get; init; }

    /// <summary>For an age: whether the person turns a year older within about a month, when asked.</summary>
    public bool? NextBirthdaySoon { get; init; }

    /// <summary>For a location: the place as the person gave it.</summary>
    public string? Text { get; init; }

    /// <summary>For a location: the recognised city id, or null.</summary>
    public string? CityId { get; init; }

    /// <summary>For a length of time or a lab value given as a range: its upper end, in days or the lab value's unit
    /// (<see cref="Amount"/> is the lower); absent for one figure and in answers stored before it existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? AmountUpTo { get; init; }

    /// <summary>For a lab value: true when the person named the condition its limit defines instead of a value
    /// (<see cref="LabConditionAnswer"/>); absent in answers stored before it existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool BeyondLimit { get; init; }

    /// <summary>For a length of time: the day it is counted from (<see cref="ElapsedAnswer.CountedFrom"/>); absent in answers
    /// stored before it existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? CountedFrom { get; init; }

    /// <summary>For a length of time: true when given as a rough figure (<see cref="ElapsedAnswer.Approximate"/>); absent
    /// for an exact one and in answers stored before it existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Approximate { get; init; }

    /// <summary>For a lab value: whether it was said as a bound (<see cref="LabAnswer.Bound"/>); absent for the value itself
    /// and in answers stored before it existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public LabBound Bound { get; init; }
}

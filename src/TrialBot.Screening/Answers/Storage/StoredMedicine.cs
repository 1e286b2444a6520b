using System.Text.Json.Serialization;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Answers.Storage;

/// <summary>One medicine of a medicines answer as stored (schema version 1).</summary>
/// <param name="Id">The medicine id or a class-level id.</param>
/// <param name="Class">The medicine's regimen class.</param>
/// <param name="Status">Taken now, stopped or planned; a current one is stored without it, and answers stored before
/// the status existed read as current.</param>
public sealed record StoredMedicine(
    string Id,
    MedicineClass Class,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] MedicineStatus Status = MedicineStatus.Current)
{
    /// <summary>How long the person said they took it, in days; absent when not said, and in answers stored before it existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TakenForDays { get; init; }

    /// <summary>How long ago the person said they took or stopped it, in days; absent when not said, and in answers stored before it existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TakenAgoDays { get; init; }
}

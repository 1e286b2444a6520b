using System.Text.Json.Serialization;

namespace TrialBot.Screening.Answers.Storage;

/// <summary>A dose's schedule as stored (schema version 1); see <see cref="DoseSchedule"/> for the meaning of each part.</summary>
/// <param name="IntakeMg">Milligrams of the medicine itself in one intake.</param>
/// <param name="Intakes">Intakes in each interval.</param>
/// <param name="IntervalDays">The interval in days.</param>
public sealed record StoredDoseSchedule(double IntakeMg, double Intakes, double IntervalDays)
{
    /// <summary>The route; absent when unstated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DoseRoute Route { get; init; }

    /// <summary>True for a one-off pulse.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Pulse { get; init; }

    /// <summary>True when the answer said how often.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool FrequencyStated { get; init; }

    /// <summary>The days of a course of a stated length, or null.</summary>
    public int? CourseDays { get; init; }
}

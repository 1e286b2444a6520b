namespace TrialBot.Recognition;

/// <summary>The event a length of time is counted from.</summary>
/// <param name="Diagnosis">True when it is the diagnosis.</param>
/// <param name="AtAge">The person's age at the event, when the answer gives one.</param>
public sealed record SinceEvent(bool Diagnosis, int? AtAge)
{
    /// <summary>True when it is the start of the current course ("since I started it again", 开始就没变, 重新吃以后).</summary>
    public bool CourseStart { get; init; }
}

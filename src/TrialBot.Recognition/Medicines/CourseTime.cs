using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Medicines;

/// <summary>A time said of a medicine's course in a prepared answer, with what it measures.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index just past its last character.</param>
/// <param name="Value">The length, or the time elapsed since the moment it names.</param>
/// <param name="Kind">What it measures.</param>
internal readonly record struct CourseTime(int Start, int End, Duration Value, CourseTimeKind Kind);

/// <summary>What a time said of a medicine's course measures.</summary>
internal enum CourseTimeKind
{
    /// <summary>How long it was taken ("for 2 weeks", "after a month", 吃了两周).</summary>
    Length = 0,

    /// <summary>How long ago it was taken or stopped ("3 years ago", "stopped in 2019", "off it for 2 years", 停了两年).</summary>
    Ago,

    /// <summary>How long ago it was started ("started last month", "since 2019", 从去年开始): its length so far while it is taken.</summary>
    Started,
}

using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>A length of time or a date found by the own rules, with the time it says has elapsed, or the problem it raises.</summary>
/// <param name="Start">Index of its first character in the prepared answer.</param>
/// <param name="End">Index just past its last character.</param>
/// <param name="Elapsed">The time elapsed up to today, when the mention gives one.</param>
/// <param name="Problem">A <see cref="RecognitionProblem"/> code when it gives none ("since November" on 24 November).</param>
/// <param name="YearNotSaid">True for a month or season said without its year ("in july", 7月), read as its latest.</param>
internal readonly record struct TimeMention(int Start, int End, Duration? Elapsed, string? Problem, bool YearNotSaid = false)
{
    /// <summary>True for a mention whose time another one gives (a season with one of its months said beside it): it
    /// only keeps its place, so that nothing else is read in it; it is no time of its own, nor a date the model must read.</summary>
    public bool GivenByAnother { get; init; }

    /// <summary>True when this mention overlaps the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Overlaps(int start, int end) => Start < end && start < End;
}

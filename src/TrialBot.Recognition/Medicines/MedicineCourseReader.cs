using System.Text.RegularExpressions;
using TrialBot.Recognition.Durations;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Gives each medicine named in an answer what the answer says of its course (<see cref="CourseTimeFinder"/>): how long
/// it was taken and how long ago it was taken or stopped. A time belongs to a medicine of its own clause
/// (<see cref="Clauses"/>): the one before it when the clause names its medicine first ("prednisone for 2 weeks and
/// methotrexate" gives the 2 weeks to prednisone only), the one after it when the clause gives the time first ("2 weeks
/// of prednisone", 吃了两周泼尼松); to every medicine of the clause with "both", "each", 都, 各. A time in a clause that
/// names no medicine ("methotrexate, only for a month") belongs to the last medicine of the clause before.
/// </summary>
/// <remarks>
/// Several times for one medicine keep the shortest length and the longest time ago (what was said never counts for
/// more than it says). A start ("started last month", "since 2019") is the length so far of a course still taken, and
/// nothing for a stopped one. Nothing said is nothing: the medicine's course stays unstated.
/// </remarks>
internal static partial class MedicineCourseReader
{
    /// <summary>The course of each name in <paramref name="names"/> (found in <paramref name="prepared"/>), in the same order.</summary>
    /// <param name="prepared">The prepared answer.</param>
    /// <param name="names">The names found in it, in text order.</param>
    /// <param name="statuses">The status of each name (null for a denied one).</param>
    /// <param name="matcher">The matcher that found the names (to find them again once ranges are narrowed).</param>
    /// <param name="today">The person's today.</param>
    public static IReadOnlyList<MedicineCourse> Read(
        string prepared,
        IReadOnlyList<PhraseMatch<MedicineName>> names,
        IReadOnlyList<MedicineStatus?> statuses,
        MedicineNameMatcher matcher,
        DateOnly today)
    {
        var courses = new MedicineCourse[names.Count];
        if (names.Count == 0 || !TimeCues.MayHoldTime(prepared))
        {
            return courses;
        }

        // "2-3 months" is read as its lower end, 2 months; the names are found again in the narrowed text.
        var text = Narrow(prepared);
        var spans = text == prepared ? names : matcher.FindNames(text);
        if (spans.Count != names.Count || spans.Where((span, i) => span.Tag != names[i].Tag).Any())
        {
            return courses;
        }

        var blanked = Blank(text, spans);
        var clauses = Clauses.Split(text);
        var times = CourseTimeFinder.FindAll(text, blanked, clauses, today);
        var owned = spans.Select(_ => new List<CourseTime>()).ToArray();
        foreach (var time in times)
        {
            foreach (var owner in Owners(time, spans, times, clauses, blanked))
            {
                owned[owner].Add(time);
            }
        }

        for (var i = 0; i < courses.Length; i++)
        {
            courses[i] = Combine(owned[i], statuses[i]);
        }

        return courses;
    }

    /// <summary>The answer with every range of lengths narrowed to its lower end, its ranges of years ("2019-2021") as they are.</summary>
    private static string Narrow(string prepared)
    {
        var narrowed = new System.Text.StringBuilder(prepared.Length);
        var start = 0;
        foreach (Match years in CourseTimeFinder.YearRange().Matches(prepared))
        {
            narrowed.Append(RangeNarrowing.Apply(prepared[start..years.Index])).Append(years.Value);
            start = years.Index + years.Length;
        }

        return narrowed.Append(RangeNarrowing.Apply(prepared[start..])).ToString();
    }

    private static MedicineCourse Combine(List<CourseTime> times, MedicineStatus? status)
    {
        if (times.Count == 0 || status is null or MedicineStatus.Planned)
        {
            return default;
        }

        var agos = times.Where(time => time.Kind == CourseTimeKind.Ago).Select(time => time.Value).ToList();
        var lengths = times
            .Where(time => time.Kind == CourseTimeKind.Length || (time.Kind == CourseTimeKind.Started && status != MedicineStatus.Stopped && agos.Count == 0))
            .Select(time => time.Value)
            .ToList();
        return new MedicineCourse(lengths.Count > 0 ? lengths.Min() : null, agos.Count > 0 ? agos.Max() : null);
    }

    /// <summary>The indices of the names <paramref name="time"/> belongs to.</summary>
    private static List<int> Owners(
        CourseTime time,
        IReadOnlyList<PhraseMatch<MedicineName>> spans,
        IReadOnlyList<CourseTime> times,
        IReadOnlyList<(int Start, int End)> clauses,
        string blanked)
    {
        var clause = Clauses.IndexOf(clauses, time.Start);
        var distributive = clause >= 0 && Distributive().IsMatch(blanked[clauses[clause].Start..clauses[clause].End]);
        var inClause = NamesOf(clause, spans, clauses);
        if (inClause.Count == 0)
        {
            // The clause before, past a clause of a word or two that names nothing ("methotrexate but only for a month").
            var previous = clause - 1;
            while (previous > 0 && NamesOf(previous, spans, clauses).Count == 0 && Brief().IsMatch(blanked[clauses[previous].Start..clauses[previous].End]))
            {
                previous--;
            }

            var before = previous >= 0 ? NamesOf(previous, spans, clauses) : [];
            return before.Count == 0 ? [] : distributive ? before : [before[^1]];
        }

        if (distributive)
        {
            // "prednisone, cellcept and imuran for 2 weeks each": with the names listed in the clauses just before.
            var listed = new List<int>(inClause);
            for (var previous = clause - 1; previous >= 0 && NameList().IsMatch(blanked[clauses[previous].Start..clauses[previous].End]); previous--)
            {
                listed.InsertRange(0, NamesOf(previous, spans, clauses));
            }

            return listed;
        }

        var firstTime = times.Where(other => Clauses.IndexOf(clauses, other.Start) == clause).Min(other => other.Start);
        var nameFirst = spans[inClause[0]].Start < firstTime;
        var preceding = inClause.Where(i => spans[i].Start < time.Start).ToList();
        var following = inClause.Where(i => spans[i].Start >= time.End).ToList();
        return nameFirst
            ? [preceding.Count > 0 ? preceding[^1] : following[0]]
            : [following.Count > 0 ? following[0] : preceding[^1]];
    }

    private static List<int> NamesOf(int clause, IReadOnlyList<PhraseMatch<MedicineName>> spans, IReadOnlyList<(int Start, int End)> clauses) =>
        clause < 0 ? [] : Enumerable.Range(0, spans.Count).Where(i => Clauses.IndexOf(clauses, spans[i].Start) == clause).ToList();

    private static string Blank(string text, IReadOnlyList<PhraseMatch<MedicineName>> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans)
        {
            Array.Fill(chars, '#', span.Start, span.Length);
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^(?=[^#]*#)[\s#&+/、]*(?:(?:and|和|及)[\s#&+/、]*)?$")]
    private static partial Regex NameList();

    [GeneratedRegex(@"^\W*(?:\w+\W*){0,2}$")]
    private static partial Regex Brief();

    [GeneratedRegex(@"(?<![a-z])(?:both|each|all)(?![a-z])|都|各|均")]
    private static partial Regex Distributive();
}

using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Definition;

/// <summary>
/// What a yes/no question asks about, as terms in both languages, so that an answer can be read as a statement about
/// it ("I had a kidney transplant in 2015" answers the transplant question yes). Data of the trial definition: the
/// fields <c>about</c>, <c>contrary</c> and <c>notCounting</c> of a question, each <c>{"en": [...], "zh": [...]}</c>.
/// </summary>
/// <param name="About">The conditions, procedures or tests the question concerns (stroke, 透析, ANA): affirming one answers yes.</param>
/// <param name="Contrary">Their contrary ("under control" when asked whether lupus is active): affirming one answers no.</param>
/// <param name="NotCounting">Qualifiers under which they do not count ("from lupus" when asked about a brain condition
/// not caused by lupus; "skin lupus" when asked about systemic lupus).</param>
public sealed record QuestionSubject(IReadOnlyList<string> About, IReadOnlyList<string> Contrary, IReadOnlyList<string> NotCounting)
{
    /// <summary>
    /// The medicine classes under which what the question asks about counts even beside a <see cref="NotCounting"/>
    /// qualifier (the field <c>countsWhenTreatedWith</c>): for another autoimmune disease "needing systematic treatment",
    /// an immunosuppressant, so "type 1 diabetes on insulin and methotrexate" is yes while "type 1 diabetes on insulin" is no.
    /// </summary>
    public IReadOnlyList<MedicineClass> CountsWhenTreatedWith { get; init; } = [];

    /// <summary>
    /// For a question about a very high dose (the field <c>noBelowDailyDose</c>, usually a criterion's limit such as
    /// <c>"{E1.highDosePrednisoneAtLeastMgPerDay}"</c>): an answer that states a daily dose under this, as prednisone
    /// equivalent, and names nothing the question asks about answers no ("i was on 40 for a bit"); null when not given.
    /// </summary>
    public DailyDose? NoBelowDailyDose { get; init; }

    /// <summary>
    /// For a question about the last weeks (the field <c>noOlderThanWeeks</c>, usually a criterion's limit such as
    /// <c>"{E1.highDoseWithinWeeks}"</c>): an answer that affirms it but dates it further back answers no, to confirm
    /// ("IV pulses back in January but nothing since"); null when not given.
    /// </summary>
    public Duration? NoOlderThan { get; init; }

    /// <summary>
    /// For a question about a course of at least some days (the field <c>noShorterThanDays</c>, usually a criterion's limit
    /// such as <c>"{E1.highDoseAtLeastDays}"</c>): an answer that affirms it but gives a shorter course ("3 day iv pulse
    /// last month") answers no, to confirm; null when not given.
    /// </summary>
    public int? NoShorterThanDays { get; init; }

    /// <summary>
    /// True when the question asks how things stand now (the field <c>asksAboutNow</c>): a past one named before its
    /// contrary ("hemolytic anemia in 2022, resolved") answers no, to confirm. False for a question about a whole life.
    /// </summary>
    public bool AsksAboutNow { get; init; }

    /// <summary>
    /// True when what the question asks about is a treatment the person has, not a condition (the field
    /// <c>aboutIsTreatment</c>: a transplant, dialysis): "my kidney transplant is fine" affirms it, where "my kidneys are
    /// fine" denies a kidney condition.
    /// </summary>
    public bool AboutIsTreatment { get; init; }
}

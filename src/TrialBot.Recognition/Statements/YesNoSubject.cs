using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// What a yes/no question asks about, as terms in any language: the conditions, procedures or tests it concerns
/// (<c>about</c>), their contrary (<c>contrary</c>: "under control" for "is your lupus active"), and qualifiers under
/// which they do not count (<c>notCounting</c>: "from lupus" for a brain condition not caused by lupus), and treatments
/// under which they do count (another autoimmune disease treated with an immunosuppressant). An answer is then read as a
/// statement about these terms: "I had a kidney transplant in 2015" affirms the transplant.
/// </summary>
public sealed class YesNoSubject
{
    /// <summary>Creates a subject from its terms (matched case-insensitively, whole words for Latin script).</summary>
    /// <param name="about">What the question asks about.</param>
    /// <param name="contrary">The contrary of what it asks about (may be empty).</param>
    /// <param name="notCounting">Qualifiers under which it does not count (may be empty).</param>
    public YesNoSubject(IEnumerable<string> about, IEnumerable<string> contrary, IEnumerable<string> notCounting)
        : this(about, contrary, notCounting, [])
    {
    }

    /// <summary>Creates a subject from its terms and the names of the treatments under which it counts.</summary>
    /// <param name="about">What the question asks about.</param>
    /// <param name="contrary">The contrary of what it asks about (may be empty).</param>
    /// <param name="notCounting">Qualifiers under which it does not count (may be empty).</param>
    /// <param name="countingTreatments">Names of treatments under which it counts even beside such a qualifier
    /// ("type 1 diabetes on insulin and methotrexate"); may be empty.</param>
    public YesNoSubject(IEnumerable<string> about, IEnumerable<string> contrary, IEnumerable<string> notCounting, IEnumerable<string> countingTreatments)
    {
        ArgumentNullException.ThrowIfNull(about);
        ArgumentNullException.ThrowIfNull(contrary);
        ArgumentNullException.ThrowIfNull(notCounting);
        ArgumentNullException.ThrowIfNull(countingTreatments);
        Matcher = new PhraseMatcher<MentionRole>(
            about.Select(term => (term, MentionRole.About))
                .Concat(contrary.Select(term => (term, MentionRole.Contrary)))
                .Concat(notCounting.SelectMany(QualifierForms.Of).Distinct(StringComparer.OrdinalIgnoreCase).Select(term => (term, MentionRole.NotCounting)))
                .Concat(countingTreatments.Select(term => (term, MentionRole.Counting))));
    }

    /// <summary>
    /// True when the question asks how things stand now ("Do you have an active lupus crisis at the moment?"): an answer
    /// that names the thing as past and its contrary after it ("hemolytic anemia in 2022, resolved") is then a no now,
    /// to confirm. False for a question about a whole life ("Have you ever had…"), where a past one still counts.
    /// </summary>
    public bool AsksAboutNow { get; init; }

    /// <summary>
    /// True when what the question asks about is a treatment the person has (a transplant, dialysis): judging it good
    /// ("my kidney transplant is fine", "on dialysis and it's going fine") affirms it, where judging a condition good
    /// ("my kidneys are fine") denies it.
    /// </summary>
    public bool AboutIsTreatment { get; init; }

    /// <summary>Finds the terms in a folded answer.</summary>
    internal PhraseMatcher<MentionRole> Matcher { get; }
}

using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// What a yes/no question asks about, as terms in any language: the conditions, procedures or tests it concerns
/// (<c>about</c>), their contrary (<c>contrary</c>: "under control" for "is your lupus active"), and qualifiers under
/// which they do not count (<c>notCounting</c>: "from lupus" for a brain condition not caused by lupus). An answer is
/// then read as a statement about these terms: "I had a kidney transplant in 2015" affirms the transplant.
/// </summary>
public sealed class YesNoSubject
{
    /// <summary>Creates a subject from its terms (matched case-insensitively, whole words for Latin script).</summary>
    /// <param name="about">What the question asks about.</param>
    /// <param name="contrary">The contrary of what it asks about (may be empty).</param>
    /// <param name="notCounting">Qualifiers under which it does not count (may be empty).</param>
    public YesNoSubject(IEnumerable<string> about, IEnumerable<string> contrary, IEnumerable<string> notCounting)
    {
        ArgumentNullException.ThrowIfNull(about);
        ArgumentNullException.ThrowIfNull(contrary);
        ArgumentNullException.ThrowIfNull(notCounting);
        Matcher = new PhraseMatcher<MentionRole>(
            about.Select(term => (term, MentionRole.About))
                .Concat(contrary.Select(term => (term, MentionRole.Contrary)))
                .Concat(notCounting.SelectMany(QualifierForms.Of).Distinct(StringComparer.OrdinalIgnoreCase).Select(term => (term, MentionRole.NotCounting))));
    }

    /// <summary>Finds the terms in a folded answer.</summary>
    internal PhraseMatcher<MentionRole> Matcher { get; }
}

namespace TrialBot.Recognition.Statements;

/// <summary>
/// The everyday forms of a restricting qualifier. A subject's <c>notCounting</c> term "only levothyroxine" is also
/// said with a verb between the restriction and what it restricts ("just on levothyroxine", "only taking insulin",
/// "only use creams") or with the restriction after it ("levothyroxine alone"); each such term is matched in all these
/// forms, so that the trial file names the qualifier once.
/// </summary>
internal static class QualifierForms
{
    private static readonly string[] Restrictions = ["only", "just"];

    private static readonly string[] Verbs =
        ["on", "taking", "take", "takes", "using", "use", "uses", "need", "needs", "get", "gets", "have", "has", "had", "on the", "use the", "take the", "a bit of", "some"];

    private static readonly string[] After = ["only", "alone"];

    /// <summary>The term and its other forms, when it starts with a restriction; else the term alone.</summary>
    /// <param name="term">A notCounting term.</param>
    /// <returns>The forms to match.</returns>
    public static IEnumerable<string> Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        yield return term;
        var restriction = Restrictions.FirstOrDefault(word => term.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase));
        if (restriction is null)
        {
            yield break;
        }

        var rest = term[(restriction.Length + 1)..];
        if (Verbs.Any(verb => rest.StartsWith(verb + " ", StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }

        foreach (var start in Restrictions)
        {
            foreach (var verb in Verbs)
            {
                yield return $"{start} {verb} {rest}";
            }
        }

        foreach (var end in After)
        {
            yield return $"{rest} {end}";
        }
    }
}

using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>A frequently asked question about the trial, answered from the listing only.</summary>
/// <param name="Id">Stable id (<c>cost</c>).</param>
/// <param name="Question">The question, as a heading.</param>
/// <param name="Answer">The answer.</param>
/// <param name="Triggers">Phrases in English and Chinese that mean this question ("is it free", "费用").</param>
public sealed record FaqEntry(string Id, LocalizedText Question, LocalizedText Answer, IReadOnlyList<string> Triggers)
{
    /// <summary>True when <paramref name="text"/> contains one of the trigger phrases (Latin ones as whole words, any case).</summary>
    public bool Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = PhraseMatcher.Normalize(text);
        return Triggers.Any(trigger => PhraseMatcher.Find(normalized, trigger) >= 0);
    }
}

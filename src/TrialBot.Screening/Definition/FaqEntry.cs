using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>
/// A frequently asked question about the trial, answered from the listing only. Which message asks it is read by the
/// recognition layer (<c>TrialBot.Recognition.Questions.FaqFinder</c>) from <see cref="Triggers"/>.
/// </summary>
/// <param name="Id">Stable id (<c>cost</c>).</param>
/// <param name="Question">The question, as a heading.</param>
/// <param name="Answer">The answer.</param>
/// <param name="Triggers">Phrases in English and Chinese that mean this question ("is it free", "费用").</param>
public sealed record FaqEntry(string Id, LocalizedText Question, LocalizedText Answer, IReadOnlyList<string> Triggers);

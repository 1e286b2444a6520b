namespace TrialBot.Screening.Definition;

/// <summary>
/// A reviewer's note on one criterion, kept as data beside it in the trial definition: what the listing says, how the
/// screening reads it, and what a person cannot know so that the study team confirms it at screening. English only: it
/// is for the people who check the definition against the listing, not shown in the chat.
/// </summary>
/// <param name="ListingSays">What the listing's sentence requires, in plain words (ambiguities named).</param>
/// <param name="ReadAs">How the questions and the rule read it: which answers pass, fail or stay open.</param>
/// <param name="ConfirmedAtScreening">What a person cannot know or decide from home and the study team confirms.</param>
public sealed record CriterionNote(string ListingSays, string ReadAs, string ConfirmedAtScreening);

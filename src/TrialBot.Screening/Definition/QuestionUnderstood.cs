using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>
/// How a question says back what it understood before an exclusion or a tentative reading is kept (the field
/// <c>understood</c> of a question): for a yes/no question one sentence for each answer ("So you are having hemodialysis —
/// is that right?"), which may quote the question's short text as <c>{short}</c>; for any other, one sentence with the
/// answer as <c>{answer}</c> ("So you are {answer} — is that right?"). Without it the bot says the question's label and
/// the answer.
/// </summary>
/// <param name="Answer">For a question with a value: the sentence, with <c>{answer}</c>; null for a yes/no question.</param>
/// <param name="Yes">For a yes/no question: the sentence for a yes.</param>
/// <param name="No">For a yes/no question: the sentence for a no.</param>
public sealed record QuestionUnderstood(LocalizedText? Answer, LocalizedText? Yes, LocalizedText? No);

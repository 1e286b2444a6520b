namespace TrialBot.Bot.Flow;

/// <summary>How the screening dialog begins (plain data, stored with the stack).</summary>
/// <param name="KeepAnswers">True to continue with the answers already given (after "back" or "change" once the outcome
/// was given); false to begin a new screening with no answers.</param>
internal sealed record ScreeningOptions(bool KeepAnswers);

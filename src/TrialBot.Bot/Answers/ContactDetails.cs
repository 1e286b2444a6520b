namespace TrialBot.Bot.Answers;

/// <summary>A phone number or an e-mail address the person gave for the study team. Personal data: never log it.</summary>
/// <param name="Kind">Phone or e-mail.</param>
/// <param name="Value">The number (digits, with a leading + when given) or the address, as given.</param>
internal sealed record ContactDetails(ContactKind Kind, string Value);

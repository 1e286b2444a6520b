using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>The listing facts at the top of a definition.</summary>
/// <param name="Id">The registry id.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">A short description.</param>
/// <param name="Sponsor">The sponsor.</param>
/// <param name="Phase">The phase.</param>
internal sealed record TrialFacts(string Id, LocalizedText Title, LocalizedText Description, string Sponsor, LocalizedText Phase);

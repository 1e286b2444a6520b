using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>
/// The condition a lab criterion's limit defines, as its listing names it ("IgA deficiency … (serum IgA level &lt; 10
/// mg/dL)"): the field <c>condition</c> of a lab question. An answer that names it, and does not deny it, is read as a
/// value beyond the limit, to confirm.
/// </summary>
/// <param name="Label">Its name as shown back ("IgA deficiency (IgA below 10 mg/dL)").</param>
/// <param name="Terms">The words that name it, in both languages ("IgA deficiency", "almost no IgA", IgA缺乏).</param>
public sealed record LabCondition(LocalizedText Label, IReadOnlyList<string> Terms);

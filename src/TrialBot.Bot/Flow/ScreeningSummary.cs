namespace TrialBot.Bot.Flow;

/// <summary>What the screening ends with, for the referral (plain data: it becomes the referral dialog's stored options).</summary>
/// <param name="OutcomeId">The outcome id.</param>
/// <param name="CriterionStatuses">Each criterion's status id (<c>pass</c>, <c>fail</c>, <c>unknown</c>) by criterion id.</param>
/// <param name="SiteIds">The sites to offer: the nearest one, or every site when the place was not recognised.</param>
/// <param name="OffersReferral">True for the outcomes after which the study team may be asked to make contact
/// (likely-eligible and needs-review).</param>
/// <param name="LookAgain">True when a person told they are likely ineligible asked the study team to look at their
/// answers again ("look again"): the referral is then such a request.</param>
/// <param name="TrialIds">When several trials are screened for: the trials a referral is offered for (null: every trial,
/// as with one).</param>
internal sealed record ScreeningSummary(string OutcomeId, IReadOnlyDictionary<string, string> CriterionStatuses, IReadOnlyList<string> SiteIds, bool OffersReferral, bool LookAgain = false, IReadOnlyList<string>? TrialIds = null);

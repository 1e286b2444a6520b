using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Coordinators.Dashboard;

/// <summary>The dashboard's figures, as <c>GET /coordinators/api/dashboard</c> returns them (camel case JSON).</summary>
/// <param name="From">The first day covered (UTC).</param>
/// <param name="To">The last day covered (UTC).</param>
/// <param name="PerDay">Screenings started and completed per day.</param>
/// <param name="Outcomes">Screenings completed per outcome (filtered on a trial: per that trial's own outcome).</param>
/// <param name="Funnel">Per question, in the trial's order: screenings that reached it, stopped at it, and re-asks.</param>
/// <param name="ByChannel">Screenings started, completed and referred per channel.</param>
/// <param name="ByLanguage">The same per language.</param>
/// <param name="ByTrial">The same per trial (a screening for several trials counts under each).</param>
/// <param name="BySite">Referrals per site (the site is known once a person picks one).</param>
/// <param name="ReferralsByStatus">The referrals made in the period, per current workflow status.</param>
/// <param name="FirstContact">How long referrals waited for the study team's first contact.</param>
internal sealed record DashboardReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DayCount> PerDay,
    IReadOnlyList<KeyCount> Outcomes,
    IReadOnlyList<FunnelStep> Funnel,
    IReadOnlyList<Breakdown> ByChannel,
    IReadOnlyList<Breakdown> ByLanguage,
    IReadOnlyList<Breakdown> ByTrial,
    IReadOnlyList<KeyCount> BySite,
    IReadOnlyList<KeyCount> ReferralsByStatus,
    FirstContactSummary FirstContact);

/// <summary>Screenings started and completed on one day.</summary>
internal sealed record DayCount(DateOnly Day, int Started, int Completed);

/// <summary>A count for a key (an outcome, a site, a status).</summary>
internal sealed record KeyCount(string Key, int Count);

/// <summary>One question of the funnel.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Label">Its short label in both languages.</param>
/// <param name="Reached">Screenings that reached it.</param>
/// <param name="StoppedHere">Screenings whose last step it was (they left, or are still answering).</param>
/// <param name="Reasks">Answers to it not understood and asked again.</param>
internal sealed record FunnelStep(string QuestionId, ReferralText Label, int Reached, int StoppedHere, int Reasks);

/// <summary>Screenings started, completed and referred for one channel, language or trial.</summary>
internal sealed record Breakdown(string Key, int Started, int Completed, int Referred);

/// <summary>Time from referral to the first contact: how many were contacted, how many wait, the median, and a histogram.</summary>
internal sealed record FirstContactSummary(int Contacted, int Waiting, double? MedianHours, IReadOnlyList<KeyCount> Buckets);

using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// The entity the outcome message carries, for clients, transcripts and tests:
/// <code>
/// {"type": "trialbot/outcome", "outcome": "likely-eligible" | "likely-ineligible" | "needs-review" | "declined",
///  "criteria": [{"id": "I1", "status": "pass" | "fail" | "unknown", "answer": "…", "reason": "…"}, … "E6"],
///  "site": {"id", "name", "city", "investigators": ["…"], "phone": "…" | null, "email": "…" | null} | null}
/// </code>
/// Texts are in the person's language; <c>site</c> is null when no single site applies (declined, likely ineligible, or
/// a place that was not recognised); phone and e-mail are null unless configured.
/// When several trials are screened for (<c>Trial:DefinitionPaths</c>), it also carries each trial's own result:
/// <code>
/// "trials": [{"id": "NCT…", "outcome": "likely-eligible" | … | "not-screened", "criteria": [{"id": "I1", …}], "site": {…} | null}, …]
/// </code>
/// and the top-level <c>outcome</c> is the best of them (<c>declined</c> when consent was refused), its <c>criteria</c>
/// every trial's, named <c>{trial id}/{criterion id}</c>, its <c>site</c> the one site of the best trial, if one.
/// <c>not-screened</c> is a trial the conversation's language has no texts for (an English-only trial in a Chinese chat).
/// </summary>
internal static class OutcomeEntity
{
    /// <summary>The entity's type.</summary>
    public const string EntityType = "trialbot/outcome";

    /// <summary>Creates the entity.</summary>
    /// <param name="result">The scored screening.</param>
    /// <param name="site">The one site that applies, or null.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The entity.</returns>
    public static Entity Create(ScreeningResult result, TrialSite? site, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(culture);
        var entity = new Entity(EntityType);
        entity.Properties["outcome"] = result.OutcomeId;
        entity.Properties["criteria"] = Criteria(result, culture);
        entity.Properties["site"] = Site(site, culture);
        return entity;
    }

    /// <summary>Creates the entity of a screening for several trials, with each trial's result in <c>trials</c>.</summary>
    /// <param name="outcome">The trials' results together.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The entity.</returns>
    public static Entity Create(TrialsOutcome outcome, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(culture);
        var entity = new Entity(EntityType);
        entity.Properties["outcome"] = outcome.OutcomeId;
        entity.Properties["criteria"] = new JArray(outcome.Trials.Where(trial => trial.Result is not null).SelectMany(trial => Criteria(trial.Result!, culture, trial.Trial.Id)));
        entity.Properties["site"] = Site(outcome.Site, culture);
        entity.Properties["trials"] = new JArray(outcome.Trials.Select(trial => new JObject
        {
            ["id"] = trial.Trial.Id,
            ["outcome"] = trial.OutcomeId,
            ["criteria"] = trial.Result is null ? new JArray() : Criteria(trial.Result, culture),
            ["site"] = Site(trial.Sites.Count == 1 ? trial.Sites[0] : null, culture),
        }));
        return entity;
    }

    private static JArray Criteria(ScreeningResult result, CultureInfo culture, string? trialId = null) =>
        new(result.Criteria.Select(criterion => new JObject
        {
            ["id"] = trialId is null ? criterion.CriterionId : TrialSet.CriterionKey(trialId, criterion.CriterionId),
            ["status"] = criterion.StatusId,
            ["answer"] = criterion.Answer.Get(culture),
            ["reason"] = criterion.Reason.Get(culture),
        }));

    private static JToken Site(TrialSite? site, CultureInfo culture) => site is null ? JValue.CreateNull() : new JObject
    {
        ["id"] = site.Id,
        ["name"] = site.Name.Get(culture),
        ["city"] = site.City.Get(culture),
        ["investigators"] = new JArray(site.PrincipalInvestigators),
        ["phone"] = Configured(site.Contact.Phone),
        ["email"] = Configured(site.Contact.Email),
    };

    private static JValue Configured(string value) => string.IsNullOrWhiteSpace(value) ? JValue.CreateNull() : new JValue(value);
}

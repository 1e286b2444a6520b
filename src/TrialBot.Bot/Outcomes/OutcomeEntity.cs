using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
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
        entity.Properties["criteria"] = new JArray(result.Criteria.Select(criterion => new JObject
        {
            ["id"] = criterion.CriterionId,
            ["status"] = criterion.StatusId,
            ["answer"] = criterion.Answer.Get(culture),
            ["reason"] = criterion.Reason.Get(culture),
        }));
        entity.Properties["site"] = site is null ? JValue.CreateNull() : new JObject
        {
            ["id"] = site.Id,
            ["name"] = site.Name.Get(culture),
            ["city"] = site.City.Get(culture),
            ["investigators"] = new JArray(site.PrincipalInvestigators),
            ["phone"] = Configured(site.Contact.Phone),
            ["email"] = Configured(site.Contact.Email),
        };
        return entity;
    }

    private static JValue Configured(string value) => string.IsNullOrWhiteSpace(value) ? JValue.CreateNull() : new JValue(value);
}

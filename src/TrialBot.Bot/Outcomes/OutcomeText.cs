using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Sites;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// The outcome in plain words, in paragraphs: the outcome (never "you are eligible") with what the study team checks
/// at screening; the reasons (the failing criteria, or the criteria not known yet); what happens next; the sites with
/// their principal investigators and only the contacts configured (else: ask your doctor or the hospital); and that this
/// chat makes no medical decision.
/// </summary>
internal sealed class OutcomeText
{
    private const string Paragraph = "\n\n";
    private const string Line = "\n";

    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="OutcomeText"/> class.</summary>
    /// <param name="texts">The bot's texts.</param>
    public OutcomeText(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
    }

    /// <summary>Writes the outcome.</summary>
    /// <param name="result">The scored screening.</param>
    /// <param name="sites">The sites to name (none for declined and likely-ineligible).</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The text.</returns>
    public string Write(ScreeningResult result, IReadOnlyList<TrialSite> sites, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sites);
        var paragraphs = new List<string> { result.Message.Get(culture) };
        var reasons = Reasons(result, culture);
        if (reasons is not null)
        {
            paragraphs.Add(reasons);
        }

        paragraphs.Add(texts.Get(BotTextKeys.OutcomeNextPrefix + result.OutcomeId, culture));
        if (sites.Count > 0)
        {
            paragraphs.Add(Sites(sites, culture));
        }

        if (result.Outcome != ScreeningOutcome.Declined)
        {
            paragraphs.Add(texts.Get(BotTextKeys.OutcomeNotADecision, culture));
        }

        return string.Join(Paragraph, paragraphs);
    }

    /// <summary>The failing criteria of a likely-ineligible outcome; the unknown ones of a likely-eligible or needs-review one.</summary>
    private string? Reasons(ScreeningResult result, CultureInfo culture)
    {
        var (headingKey, status) = result.Outcome switch
        {
            ScreeningOutcome.LikelyIneligible => (BotTextKeys.OutcomeWhy, CriterionStatus.Fail),
            ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview => (BotTextKeys.OutcomeOpen, CriterionStatus.Unknown),
            _ => (null, CriterionStatus.Unknown),
        };
        var criteria = result.Criteria.Where(criterion => criterion.Status == status).ToList();
        if (headingKey is null || criteria.Count == 0)
        {
            return null;
        }

        var lines = criteria.Select(criterion => texts.Text(BotTextKeys.OutcomeCriterion)
            .With("title", criterion.Title)
            .With("reason", criterion.Reason)
            .Get(culture));
        return string.Join(Line, [texts.Get(headingKey, culture), .. lines]);
    }

    private string Sites(IReadOnlyList<TrialSite> sites, CultureInfo culture)
    {
        var lines = new List<string>();
        if (sites.Count == 1)
        {
            lines.Add(texts.Text(BotTextKeys.OutcomeSiteNearest).With("site", SiteLine(sites[0])).Get(culture));
            lines.AddRange(Contacts(sites[0], culture));
        }
        else
        {
            lines.Add(texts.Get(BotTextKeys.OutcomeSiteAll, culture));
            foreach (var site in sites)
            {
                lines.Add("- " + SiteLine(site).Get(culture));
                lines.AddRange(Contacts(site, culture));
            }
        }

        if (sites.All(site => site.Contact.IsEmpty))
        {
            lines.Add(texts.Get(BotTextKeys.OutcomeSiteNoContact, culture));
        }

        return string.Join(Line, lines);
    }

    private LocalizedText SiteLine(TrialSite site) => texts.Text(BotTextKeys.OutcomeSiteLine)
        .With("name", site.Name)
        .With("city", site.City)
        .With("investigators", LocalizedText.JoinList(site.PrincipalInvestigators.Select(LocalizedText.Same)))
        .With("source", site.Source);

    private IEnumerable<string> Contacts(TrialSite site, CultureInfo culture)
    {
        if (!string.IsNullOrWhiteSpace(site.Contact.Phone))
        {
            yield return texts.Text(BotTextKeys.OutcomeSitePhone).With("phone", site.Contact.Phone).Get(culture);
        }

        if (!string.IsNullOrWhiteSpace(site.Contact.Email))
        {
            yield return texts.Text(BotTextKeys.OutcomeSiteEmail).With("email", site.Contact.Email).Get(culture);
        }
    }
}

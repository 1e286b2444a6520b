using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Sites;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// The outcome in plain words, in paragraphs, most important first: the result (never "you are eligible"); the one or
/// two points that decide it in plain words (the failing criteria, or those the study team must review, or that the
/// answers meet every point the chat can check); what happens next; the sites with their listed investigator(s) and
/// only the contacts configured (else: ask your doctor or the hospital); that this chat makes no medical decision; and
/// how to get the details. The details (<see cref="WriteDetails"/>) list every criterion with its status and reason, and
/// what the study team checks at screening. On a short-message channel (SMS) every part has its short form.
/// </summary>
internal sealed class OutcomeText
{
    /// <summary>How many deciding points the first part names; the rest are in the details.</summary>
    public const int MaxDecidingPoints = 2;

    private const string Paragraph = "\n\n";
    private const string Line = "\n";

    private readonly TrialDefinition definition;
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="OutcomeText"/> class.</summary>
    /// <param name="definition">The trial definition (the outcome's first sentence).</param>
    /// <param name="texts">The bot's texts.</param>
    public OutcomeText(TrialDefinition definition, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        this.definition = definition;
        this.texts = texts;
    }

    /// <summary>Writes the outcome: the result and what decides it, the next step and the contact.</summary>
    /// <param name="result">The scored screening.</param>
    /// <param name="sites">The sites to name (none for declined and likely-ineligible).</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="shortForm">True for a short-message channel (SMS).</param>
    /// <param name="detailsHint">True to end with how to ask for the details ("details").</param>
    /// <returns>The text.</returns>
    public string Write(ScreeningResult result, IReadOnlyList<TrialSite> sites, CultureInfo culture, bool shortForm = false, bool detailsHint = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sites);
        var paragraphs = new List<string> { Headline(result, shortForm).Get(culture) };
        if (Deciding(result, definition.Id, culture, shortForm) is { } deciding)
        {
            paragraphs.Add(deciding);
        }

        paragraphs.Add(texts.Get((shortForm ? BotTextKeys.OutcomeNextShortPrefix : BotTextKeys.OutcomeNextPrefix) + result.OutcomeId, culture));
        if (result.Outcome == ScreeningOutcome.LikelyIneligible)
        {
            paragraphs.Add(texts.Get(shortForm ? BotTextKeys.LookAgainOfferShort : BotTextKeys.LookAgainOffer, culture));
        }

        if (sites.Count > 0)
        {
            paragraphs.Add(Sites(sites, culture, shortForm));
        }

        if (result.Outcome != ScreeningOutcome.Declined)
        {
            if (!shortForm)
            {
                paragraphs.Add(texts.Get(BotTextKeys.OutcomeNotADecision, culture));
            }

            if (detailsHint)
            {
                paragraphs.Add(texts.Get(BotTextKeys.OutcomeDetailsHint, culture));
            }
        }

        return string.Join(shortForm ? Line : Paragraph, paragraphs);
    }

    /// <summary>
    /// Writes the outcome of a screening for several trials: first each trial's result in one short paragraph (its
    /// result, what decides it, and its nearest site when it offers a referral); then each trial not screened because it
    /// has no texts in the person's language, said plainly; then the next step of the best outcome, and the rest as
    /// <see cref="Write"/>. Declined (consent refused) reads as with one trial.
    /// </summary>
    /// <param name="outcome">The trials' results.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="shortForm">True for a short-message channel (SMS).</param>
    /// <param name="detailsHint">True to end with how to ask for the details ("details").</param>
    /// <returns>The text.</returns>
    public string WriteTrials(TrialsOutcome outcome, CultureInfo culture, bool shortForm = false, bool detailsHint = true)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Outcome == ScreeningOutcome.Declined && outcome.Best?.Result is { } declined)
        {
            return Write(declined, [], culture, shortForm, detailsHint);
        }

        var paragraphs = new List<string>();
        foreach (var trial in outcome.Trials.Where(trial => trial.Result is not null))
        {
            var lines = new List<string>
            {
                TrialHeading(trial.Trial).Get(culture) + (culture.TwoLetterISOLanguageName == "zh" ? string.Empty : " ") + texts.Get(BotTextKeys.OutcomeHeadlineShortPrefix + trial.Result!.OutcomeId, culture),
            };
            if (trial.Result.Outcome != ScreeningOutcome.Declined && Deciding(trial.Result, trial.Trial.Id, culture, shortForm) is { } deciding)
            {
                lines.Add(deciding);
            }

            if (trial.Sites.Count > 0)
            {
                lines.Add(Sites(trial.Sites, culture, shortForm));
            }

            paragraphs.Add(string.Join(Line, lines));
        }

        paragraphs.AddRange(outcome.Trials.Where(trial => trial.Result is null).Select(trial =>
            texts.Text(BotTextKeys.OutcomeTrialEnglishOnly).With("trial", TrialName(trial.Trial)).Get(culture)));
        paragraphs.Add(texts.Get((shortForm ? BotTextKeys.OutcomeNextShortPrefix : BotTextKeys.OutcomeNextPrefix) + outcome.OutcomeId, culture));
        if (outcome.Outcome == ScreeningOutcome.LikelyIneligible)
        {
            paragraphs.Add(texts.Get(shortForm ? BotTextKeys.LookAgainOfferShort : BotTextKeys.LookAgainOffer, culture));
        }

        if (outcome.Outcome != ScreeningOutcome.Declined)
        {
            if (!shortForm)
            {
                paragraphs.Add(texts.Get(BotTextKeys.OutcomeNotADecision, culture));
            }

            if (detailsHint)
            {
                paragraphs.Add(texts.Get(BotTextKeys.OutcomeDetailsHint, culture));
            }
        }

        return string.Join(shortForm ? Line : Paragraph, paragraphs);
    }

    /// <summary>The details of a screening for several trials: each screened trial's name, then its <see cref="WriteDetails"/> lines.</summary>
    /// <param name="outcome">The trials' results.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="shortForm">True for a short-message channel (SMS).</param>
    /// <returns>The heading and the lines.</returns>
    public IReadOnlyList<string> WriteTrialDetails(TrialsOutcome outcome, CultureInfo culture, bool shortForm = false)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var lines = new List<string> { texts.Get(BotTextKeys.OutcomeDetailsHeading, culture) };
        foreach (var trial in outcome.Trials.Where(trial => trial.Result is not null))
        {
            lines.Add(TrialHeading(trial.Trial).Get(culture));
            lines.AddRange(WriteDetails(trial.Result!, culture, shortForm).Skip(1));
        }

        return lines;
    }

    private LocalizedText TrialHeading(TrialDefinition trial) => texts.Text(BotTextKeys.OutcomeTrial).With("trial", TrialName(trial));

    private LocalizedText TrialName(TrialDefinition trial) => texts.Text(BotTextKeys.OutcomeTrialName).With("id", trial.Id).With("title", trial.Title);

    /// <summary>The details: every criterion with its status and reason, then what the study team checks at screening.</summary>
    /// <param name="result">The scored screening.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="shortForm">True for a short-message channel (SMS): a criterion that is met without its reason.</param>
    /// <returns>The heading and the lines, one per criterion.</returns>
    public IReadOnlyList<string> WriteDetails(ScreeningResult result, CultureInfo culture, bool shortForm = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<string> { texts.Get(BotTextKeys.OutcomeDetailsHeading, culture) };
        lines.AddRange(result.Criteria.Select(criterion => texts.Text(shortForm && criterion.Status == CriterionStatus.Pass ? BotTextKeys.OutcomeDetailsCriterionMet : BotTextKeys.OutcomeDetailsCriterion)
            .With("title", criterion.Title)
            .With("status", texts.Text(BotTextKeys.OutcomeStatusPrefix + criterion.StatusId))
            .With("reason", criterion.Reason)
            .Get(culture)));
        if (result.ToConfirm.Count > 0)
        {
            lines.Add(definition.Text(TextIds.OutcomeToConfirm).With("items", LocalizedText.JoinClauses(result.ToConfirm)).Get(culture));
        }

        return lines;
    }

    private LocalizedText Headline(ScreeningResult result, bool shortForm) =>
        shortForm
            ? texts.Text(BotTextKeys.OutcomeHeadlineShortPrefix + result.OutcomeId)
            : definition.Text(result.Outcome switch
            {
                ScreeningOutcome.LikelyEligible => TextIds.OutcomeLikelyEligible,
                ScreeningOutcome.LikelyIneligible => TextIds.OutcomeLikelyIneligible,
                ScreeningOutcome.NeedsReview => TextIds.OutcomeNeedsReview,
                _ => TextIds.OutcomeDeclined,
            });

    /// <summary>
    /// What decides the outcome: the failing criteria of a likely-ineligible one; the criteria the study team must review
    /// of a needs-review one; for likely-eligible, that every point the chat can check is met. At most
    /// <see cref="MaxDecidingPoints"/>, in plain words where the texts have them, and how many more the details list.
    /// </summary>
    private string? Deciding(ScreeningResult result, string trialId, CultureInfo culture, bool shortForm)
    {
        if (result.Outcome == ScreeningOutcome.LikelyEligible)
        {
            return texts.Get(BotTextKeys.OutcomeEligibleReason, culture);
        }

        var (headingKey, criteria) = result.Outcome switch
        {
            ScreeningOutcome.LikelyIneligible => (BotTextKeys.OutcomeWhy, result.Failed.ToList()),
            ScreeningOutcome.NeedsReview => (BotTextKeys.OutcomeOpen, result.Criteria.Where(criterion => criterion.NeedsReview).ToList()),
            _ => ((string?)null, new List<CriterionResult>()),
        };
        if (headingKey is null || criteria.Count == 0)
        {
            return null;
        }

        var points = criteria.Take(MaxDecidingPoints).Select(criterion => Plain(criterion, trialId).Get(culture)).ToList();
        if (criteria.Count > MaxDecidingPoints)
        {
            points.Add(texts.Text(BotTextKeys.OutcomeMore).With("count", (criteria.Count - MaxDecidingPoints).ToString(CultureInfo.InvariantCulture)).Get(culture));
        }

        var heading = texts.Get(headingKey, culture);
        return shortForm
            ? heading + " " + string.Join(culture.TwoLetterISOLanguageName == "zh" ? string.Empty : " ", points)
            : string.Join(Line, [heading, .. points.Select(point => "- " + point)]);
    }

    /// <summary>A deciding criterion in plain words: the texts' plain form for its trial, criterion and status, else its own reason.</summary>
    private LocalizedText Plain(CriterionResult criterion, string trialId) =>
        texts.FindText(BotTextKeys.OutcomePlainPrefix + trialId + "." + criterion.CriterionId + "." + criterion.StatusId) ?? criterion.Reason;

    private string Sites(IReadOnlyList<TrialSite> sites, CultureInfo culture, bool shortForm)
    {
        var lines = new List<string>();
        if (sites.Count == 1)
        {
            lines.Add(texts.Text(shortForm ? BotTextKeys.OutcomeSiteNearestShort : BotTextKeys.OutcomeSiteNearest).With("site", SiteLine(sites[0], shortForm)).Get(culture));
            lines.AddRange(Contacts(sites[0], culture));
        }
        else
        {
            lines.Add(texts.Get(BotTextKeys.OutcomeSiteAll, culture));
            foreach (var site in sites)
            {
                lines.Add("- " + SiteLine(site, shortForm).Get(culture));
                lines.AddRange(Contacts(site, culture));
            }
        }

        if (sites.All(site => site.Contact.IsEmpty))
        {
            lines.Add(texts.Get(shortForm ? BotTextKeys.OutcomeSiteNoContactShort : BotTextKeys.OutcomeSiteNoContact, culture));
        }

        return string.Join(Line, lines);
    }

    /// <summary>A site with its city, its listed investigator or investigators (the word agreeing with their number; said plainly when none is listed) and, except in the short form, why it is named.</summary>
    private LocalizedText SiteLine(TrialSite site, bool shortForm)
    {
        var count = site.PrincipalInvestigators.Count;
        var key = shortForm
            ? count switch { 0 => BotTextKeys.OutcomeSiteLineShortNone, 1 => BotTextKeys.OutcomeSiteLineShort, _ => BotTextKeys.OutcomeSiteLineShortMany }
            : count switch { 0 => BotTextKeys.OutcomeSiteLineNone, 1 => BotTextKeys.OutcomeSiteLineOne, _ => BotTextKeys.OutcomeSiteLine };
        return texts.Text(key)
            .With("name", site.Name)
            .With("city", site.City)
            .With("investigators", LocalizedText.JoinList(site.PrincipalInvestigators.Select(LocalizedText.Same)))
            .With("source", site.Source);
    }

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

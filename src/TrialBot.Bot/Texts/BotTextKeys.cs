namespace TrialBot.Bot.Texts;

/// <summary>The keys of the bot's own texts and phrase lists in <c>Resources/bot-texts.json</c> (the engine's keys are in <c>DialogTextKeys</c>).</summary>
internal static class BotTextKeys
{
    /// <summary>The greeting: what this is, that it is no medical decision, how long it takes, what one can type.</summary>
    public const string Greeting = "greeting";

    /// <summary>The greeting for channels of short text messages (SMS).</summary>
    public const string GreetingShort = "greeting.short";

    /// <summary>The answer in a group chat or a channel: health questions only in a personal chat.</summary>
    public const string SharedConversationInvitation = "shared.invitation";

    /// <summary>Said in the new language when the person asks for another language.</summary>
    public const string LanguageSwitched = "language.switched";

    /// <summary>A question's own help: <c>{help}</c>.</summary>
    public const string HelpQuestion = "help.question";

    /// <summary>Said, in both languages, when someone writes or asks for Chinese and the trial screens in English only.</summary>
    public const string LanguageEnglishOnly = "language.english-only";

    /// <summary>"Back" with no earlier answer.</summary>
    public const string BackNothing = "back.nothing";

    /// <summary>"Back" or "change" once the details were saved for the study team.</summary>
    public const string BackUnavailable = "back.unavailable";

    /// <summary>"Change my …" for a question not answered yet.</summary>
    public const string ChangeNotAnswered = "change.notAnswered";

    /// <summary>"Change my …" for a question that does not apply.</summary>
    public const string ChangeNotApplicable = "change.notApplicable";

    /// <summary>Medicines added while answering another question ("I'm on methotrexate as well"): which were added.</summary>
    public const string MedicinesAdded = "medicines.added";

    /// <summary>An answer that takes back an earlier one ("I said no to the transplant one but…"): which is to change.</summary>
    public const string ChangeEarlierUnderstood = "change.earlierUnderstood";

    /// <summary>The title of the "I don't know" choice of yes/no questions.</summary>
    public const string ChoiceDontKnow = "choice.dontKnow";

    /// <summary>A screening question with its progress: <c>{progress}</c>, <c>{question}</c>.</summary>
    public const string QuestionLayout = "question.layout";

    /// <summary>"I don't know" to a question that needs a definite answer.</summary>
    public const string ReaskDontKnowNotAllowed = "reask.dontKnowNotAllowed";

    /// <summary>A value outside the question's plausible range.</summary>
    public const string ReaskOutOfRange = "reask.outOfRange";

    /// <summary>What was understood, for questions without their own text: <c>{label}</c>, <c>{answer}</c>.</summary>
    public const string Understood = "understood";

    /// <summary>"OK, let's try that question again", after the person said a reading was wrong.</summary>
    public const string ReaskUnderstoodNo = "reask.understoodNo";

    /// <summary>The birthday follow-up at the age limits: <c>{age}</c> (the age given) and <c>{next}</c> (the next one).</summary>
    public const string Birthday = "birthday";

    /// <summary>The review before the outcome: <c>{answers}</c>, one answer a line.</summary>
    public const string Review = "review";

    /// <summary>Which answer to change, after "no" to the review.</summary>
    public const string ReviewChange = "review.change";

    /// <summary>The choice "everything is right" among the answers to change.</summary>
    public const string ReviewAllRight = "review.allRight";

    /// <summary>A steroid named without its amount: <c>{medicine}</c>.</summary>
    public const string PartialMedicine = "partial.medicine";

    /// <summary>A figure without its unit: <c>{number}</c>.</summary>
    public const string PartialNumber = "partial.number";

    /// <summary>Prefix of a figure without its unit, per answer kind: <c>partial.number.{kind}</c> (<c>{number}</c>).</summary>
    public const string PartialNumberPrefix = "partial.number.";

    /// <summary>Prefix of the texts that explain a recognition problem: <c>problem.{code}</c> or <c>problem.{answer kind}.{code}</c>.</summary>
    public const string ProblemPrefix = "problem.";

    /// <summary>Heading of the failed criteria in an outcome.</summary>
    public const string OutcomeWhy = "outcome.why";

    /// <summary>The greeting's last paragraph when several trials are screened for (<c>{trials}</c>).</summary>
    public const string GreetingTrials = "greeting.trials";

    /// <summary>The heading of one trial's paragraph when several trials are screened for (<c>{trial}</c>).</summary>
    public const string OutcomeTrial = "outcome.trial";

    /// <summary>A trial's name: <c>{id}</c> and <c>{title}</c>.</summary>
    public const string OutcomeTrialName = "outcome.trial.name";

    /// <summary>A trial not screened because it is pre-screened in English only (<c>{trial}</c>), and how to include it.</summary>
    public const string OutcomeTrialEnglishOnly = "outcome.trial.english-only";

    /// <summary>Heading of the unknown criteria in an outcome.</summary>
    public const string OutcomeOpen = "outcome.open";

    /// <summary>One criterion in an outcome: <c>{title}</c>, <c>{reason}</c>.</summary>
    public const string OutcomeCriterion = "outcome.criterion";

    /// <summary>Prefix of what happens next, per outcome id: <c>outcome.next.{outcome}</c>.</summary>
    public const string OutcomeNextPrefix = "outcome.next.";

    /// <summary>That the chat gives no medical advice and makes no medical decision.</summary>
    public const string OutcomeNotADecision = "outcome.notADecision";

    /// <summary>The nearest site: <c>{site}</c>.</summary>
    public const string OutcomeSiteNearest = "outcome.site.nearest";

    /// <summary>Heading of every site, when none is nearest.</summary>
    public const string OutcomeSiteAll = "outcome.site.all";

    /// <summary>A site: <c>{name}</c>, <c>{city}</c>, <c>{investigators}</c> and <c>{source}</c> (where the listing names it).</summary>
    public const string OutcomeSiteLine = "outcome.site.line";

    /// <summary>A site's configured phone: <c>{phone}</c>.</summary>
    public const string OutcomeSitePhone = "outcome.site.phone";

    /// <summary>A site's configured e-mail: <c>{email}</c>.</summary>
    public const string OutcomeSiteEmail = "outcome.site.email";

    /// <summary>No contact is configured: ask the doctor or the hospital.</summary>
    public const string OutcomeSiteNoContact = "outcome.site.noContact";

    /// <summary>Prefix of an outcome in words, per outcome id: <c>outcome.name.{outcome}</c>.</summary>
    public const string OutcomeNamePrefix = "outcome.name.";

    /// <summary>Whether the study team may make contact.</summary>
    public const string ReferralAsk = "referral.ask";

    /// <summary>Whether the study team may make contact, on a short-message channel (SMS).</summary>
    public const string ReferralAskShort = "referral.ask.short";

    /// <summary>The nearest site on a short-message channel: <c>{site}</c>.</summary>
    public const string OutcomeSiteNearestShort = "outcome.site.nearest.short";

    /// <summary>Which site suits the person better.</summary>
    public const string ReferralSiteAsk = "referral.site.ask";

    /// <summary>A site as a choice: <c>{city}</c>, <c>{name}</c>.</summary>
    public const string ReferralSiteChoice = "referral.site.choice";

    /// <summary>The person's name.</summary>
    public const string ReferralNameAsk = "referral.name.ask";

    /// <summary>The name again.</summary>
    public const string ReferralNameReask = "referral.name.reask";

    /// <summary>The person's phone or e-mail.</summary>
    public const string ReferralContactAsk = "referral.contact.ask";

    /// <summary>The phone or e-mail again.</summary>
    public const string ReferralContactReask = "referral.contact.reask";

    /// <summary>A yes or no again.</summary>
    public const string ReferralYesNoReask = "referral.yesNo.reask";

    /// <summary>No contact wanted.</summary>
    public const string ReferralDeclined = "referral.declined";

    /// <summary>A phone number in the saved summary: <c>{contact}</c>.</summary>
    public const string ReferralContactPhone = "referral.contact.phone";

    /// <summary>An e-mail address in the saved summary: <c>{contact}</c>.</summary>
    public const string ReferralContactEmail = "referral.contact.email";

    /// <summary>What was saved: <c>{site}</c>, <c>{name}</c>, <c>{contact}</c>, <c>{outcome}</c>.</summary>
    public const string ReferralSaved = "referral.saved";

    /// <summary>Said to any message after the screening.</summary>
    public const string Finished = "finished";

    /// <summary>Whether to delete the conversation's data.</summary>
    public const string DeleteConfirm = "delete.confirm";

    /// <summary>The data was deleted.</summary>
    public const string DeleteDone = "delete.done";

    /// <summary>Nothing was deleted.</summary>
    public const string DeleteKept = "delete.kept";

    /// <summary>An FAQ answer: <c>{question}</c>, <c>{answer}</c>.</summary>
    public const string FaqAnswer = "faq.answer";

    /// <summary>Phrases: help.</summary>
    public const string CommandsHelp = "commands.help";

    /// <summary>Phrases: restart.</summary>
    public const string CommandsRestart = "commands.restart";

    /// <summary>Phrases: cancel.</summary>
    public const string CommandsCancel = "commands.cancel";

    /// <summary>Phrases: back.</summary>
    public const string CommandsBack = "commands.back";

    /// <summary>Phrases: delete my data.</summary>
    public const string CommandsDelete = "commands.delete";

    /// <summary>Phrases: switch to Chinese.</summary>
    public const string CommandsChinese = "commands.chinese";

    /// <summary>Phrases: switch to English.</summary>
    public const string CommandsEnglish = "commands.english";

    /// <summary>Phrase templates: change one answer (<c>{label}</c>: the question's label).</summary>
    public const string CommandsChange = "commands.change";


    /// <summary>A question on a short-message channel (SMS): <c>{current}</c>/<c>{total}</c> and the question's short text.</summary>
    public const string QuestionLayoutShort = "question.layout.short";

    /// <summary>The review on a short-message channel: the answers on one line.</summary>
    public const string ReviewShort = "review.short";

    /// <summary>What separates the answers of <see cref="ReviewShort"/>.</summary>
    public const string ReviewShortSeparator = "review.short.separator";

    /// <summary>On a text-message channel, the decisive yes/no questions answered "no", as one clause (<c>{questions}</c>).</summary>
    public const string ReviewShortNo = "review.short.no";

    /// <summary>What separates the questions of <see cref="ReviewShortNo"/>.</summary>
    public const string ReviewShortNoSeparator = "review.short.no.separator";

    /// <summary>The first line of the outcome on a short-message channel, by outcome id.</summary>
    public const string OutcomeHeadlineShortPrefix = "outcome.headline.short.";

    /// <summary>Why a likely-eligible outcome is likely eligible, in one sentence.</summary>
    public const string OutcomeEligibleReason = "outcome.eligible.reason";

    /// <summary>How many more deciding points the details list: <c>{count}</c>.</summary>
    public const string OutcomeMore = "outcome.more";

    /// <summary>How to get the full per-criterion list ("details").</summary>
    public const string OutcomeDetailsHint = "outcome.details.hint";

    /// <summary>The title of the collapsible details section on channels that show cards.</summary>
    public const string OutcomeDetailsShow = "outcome.details.show";

    /// <summary>The first line of the full per-criterion list.</summary>
    public const string OutcomeDetailsHeading = "outcome.details.heading";

    /// <summary>The answer to "details" before there is an outcome.</summary>
    public const string OutcomeDetailsNone = "outcome.details.none";

    /// <summary>One criterion in the full list: <c>{title}</c>, <c>{status}</c>, <c>{reason}</c>.</summary>
    public const string OutcomeDetailsCriterion = "outcome.details.criterion";

    /// <summary>A criterion that is met, in the short details of a short-message channel: <c>{title}</c>, <c>{status}</c>.</summary>
    public const string OutcomeDetailsCriterionMet = "outcome.details.criterion.met";

    /// <summary>A criterion's status in words, by status id (pass, fail, unknown).</summary>
    public const string OutcomeStatusPrefix = "outcome.status.";

    /// <summary>A deciding criterion in plain words, by trial id, criterion id and status (<c>{trial id}.E6.fail</c>: criterion
    /// ids are each trial's own); optional, else the criterion's own reason.</summary>
    public const string OutcomePlainPrefix = "outcome.plain.";

    /// <summary>What happens next on a short-message channel, by outcome id.</summary>
    public const string OutcomeNextShortPrefix = "outcome.next.short.";

    /// <summary>A site with its one listed investigator: <c>{name}</c>, <c>{city}</c>, <c>{investigators}</c>, <c>{source}</c>.</summary>
    public const string OutcomeSiteLineOne = "outcome.site.line.one";

    /// <summary>A site with its one investigator on a short-message channel.</summary>
    public const string OutcomeSiteLineShort = "outcome.site.line.short";

    /// <summary>A site with several investigators on a short-message channel.</summary>
    public const string OutcomeSiteLineShortMany = "outcome.site.line.short.many";

    /// <summary>A site whose listing names no investigator: <c>{name}</c>, <c>{city}</c>, <c>{source}</c>.</summary>
    public const string OutcomeSiteLineNone = "outcome.site.line.none";

    /// <summary>A site whose listing names no investigator, in the short form: <c>{name}</c>, <c>{city}</c>.</summary>
    public const string OutcomeSiteLineShortNone = "outcome.site.line.short.none";

    /// <summary>No contact configured, on a short-message channel.</summary>
    public const string OutcomeSiteNoContactShort = "outcome.site.noContact.short";

    /// <summary>The phrases of "details": the full per-criterion list of the outcome.</summary>
    public const string CommandsDetails = "commands.details";

    /// <summary>Before the study team's pre-call questions: they are optional, "skip" and "skip all".</summary>
    public const string PreCallIntro = "precall.intro";

    /// <summary>The pre-call introduction on a short-message channel (SMS).</summary>
    public const string PreCallIntroShort = "precall.intro.short";

    /// <summary>After the last pre-call answer.</summary>
    public const string PreCallDone = "precall.done";

    /// <summary>After "skip all".</summary>
    public const string PreCallSkippedAll = "precall.skippedAll";

    /// <summary>A pre-call answer that could not be added: the referral it belongs to is no longer stored.</summary>
    public const string PreCallGone = "precall.gone";

    /// <summary>Phrases that skip one pre-call question ("skip", "跳过").</summary>
    public const string PreCallSkipPhrases = "phrases.precall.skip";

    /// <summary>Phrases that skip every pre-call question left ("skip all", "全部跳过").</summary>
    public const string PreCallSkipAllPhrases = "phrases.precall.skipAll";

    /// <summary>On SMS, the sender's number offered as the contact: <c>{phone}</c>.</summary>
    public const string ReferralContactOffer = "referral.contact.offer";

    /// <summary>The choice that gives another number than the one offered.</summary>
    public const string ReferralContactOfferAnother = "referral.contact.offer.another";

    /// <summary>The offer of the sender's number again.</summary>
    public const string ReferralContactOfferReask = "referral.contact.offer.reask";

    /// <summary>Phrases of the choice "another number".</summary>
    public const string ContactAnotherPhrases = "phrases.contact.another";

    /// <summary>After a likely-ineligible outcome: how to ask the study team to look again.</summary>
    public const string LookAgainOffer = "lookAgain.offer";

    /// <summary>The look-again line on a short-message channel (SMS).</summary>
    public const string LookAgainOfferShort = "lookAgain.offer.short";

    /// <summary>Whether the study team may make contact to look at the answers again.</summary>
    public const string LookAgainAsk = "lookAgain.ask";

    /// <summary>"Look again" outside a likely-ineligible outcome.</summary>
    public const string LookAgainNotApplicable = "lookAgain.notApplicable";

    /// <summary>"Look again" when the details were already passed on.</summary>
    public const string LookAgainAlready = "lookAgain.already";

    /// <summary>What was saved for a look-again request: <c>{site}</c>, <c>{name}</c>, <c>{contact}</c>.</summary>
    public const string LookAgainSaved = "lookAgain.saved";

    /// <summary>The phrases of "look again" / "请再看看".</summary>
    public const string CommandsLookAgain = "commands.lookAgain";
}

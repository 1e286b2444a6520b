using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using TrialBot.Bot.Answers;
using TrialBot.Bot.Commands;
using TrialBot.Bot.Configuration;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Flow;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Referrals;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Channels;
using TrialBot.Dialogs.Prompts;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Plan;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot;

/// <summary>
/// The screening conversation assembled once at start-up: its dialogs (root, screening, referral, pre-call, finished, delete),
/// one prompt per kind of answer with its recognizer and validator, the commands, the engine's texts in both
/// languages, and the <see cref="DialogRunner"/> that runs them over the conversation state. Read-only afterwards.
/// </summary>
internal sealed class ScreeningConversation
{
    /// <summary>Initializes a new instance of the <see cref="ScreeningConversation"/> class.</summary>
    /// <param name="trial">The trials (one, or several asked together) and their sites.</param>
    /// <param name="conversationState">The conversation state (dialog stack and conversation record).</param>
    /// <param name="referrals">Where referrals are stored.</param>
    /// <param name="metrics">The screening metrics.</param>
    /// <param name="timeProvider">The server's clock.</param>
    /// <param name="logger">The dialog runner's logger.</param>
    /// <param name="reader">Reads screening answers; by default an <see cref="AnswerReader"/> of the trial definition.</param>
    public ScreeningConversation(TrialSetup trial, ConversationState conversationState, IReferralStore referrals, ScreeningMetrics metrics, TimeProvider timeProvider, ILogger<DialogRunner>? logger = null, AnswerReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var definition = trial.Definition;
        var texts = BotTexts.Default.With(definition.Texts);
        ScreensInChinese = definition.HasChinese;
        Records = new ConversationRecordStore(conversationState);
        Languages = new LanguageRequests(texts);
        var channels = ChannelCapabilityTable.Default;
        var sender = new ReplySender(channels, texts);
        Sender = sender;
        reader ??= new AnswerReader(definition);
        var problems = new ProblemTexts(texts);
        var partials = new PartialReadings(definition, texts);
        var validators = new PromptValidators(definition, texts, metrics);
        var confirm = new YesNoConfirmRecognizer(reader.SubjectOf);
        var siteSelection = new SiteSelection(trial.Sites, definition.FirstQuestionOf(AnswerKind.Location)?.Id);
        var outcomes = new OutcomePresenter(siteSelection, new OutcomeText(definition, texts), sender, texts);
        var recorder = new ReferralRecorder(referrals, trial.Trials, timeProvider, metrics);

        var dialogs = new DialogSet()
            .Add(ConversationDialog.Create(Records, texts, sender, new QuestionPlan(trial.Trials).Progress(ScreeningAnswers.Empty).AboutTotal, TrialsNote(trial.Trials, texts), trial.Trials.IsMany ? definition.Id : null))
            .Add(new ScreeningDialog(trial.Trials, new TrialsScoring(trial), Records, new QuestionPrompts(definition, texts), new UnderstoodPrompts(definition, texts), new AnswerReview(definition, texts), outcomes, sender, metrics))
            .Add(new ReferralDialog(trial.Sites, recorder, Records, texts, sender, timeProvider))
            .Add(new PreCallDialog(definition, recorder, texts, sender))
            .Add(new FinishedDialog(sender))
            .Add(new DeleteDataDialog(texts, sender))
            .Add(new Prompt<bool>(DialogIds.YesNoPrompt, new YesNoPromptRecognizer(problems, subjectOf: reader.SubjectOf), validators.ScreeningYesNoAsync))
            .Add(new Prompt<UnderstoodReply>(DialogIds.UnderstoodPrompt, new UnderstoodPromptRecognizer(definition, reader, Records, problems, timeProvider), validators.UnderstoodAsync))
            .Add(new Prompt<bool>(DialogIds.BirthdayPrompt, new YesNoPromptRecognizer(problems, DialogIds.BirthdayQuestion), validators.YesNoOrDontKnowAsync))
            .Add(new Prompt<bool>(DialogIds.ReviewPrompt, new YesNoPromptRecognizer(problems, DialogIds.ReviewQuestion), validators.DefiniteAsync))
            .Add(new ChoicePrompt(DialogIds.ReviewChangePrompt, validators.DefiniteAsync))
            .Add(new ConfirmPrompt(DialogIds.ConfirmPrompt, confirm, validators.DefiniteAsync))
            .Add(new ChoicePrompt(DialogIds.SitePrompt, validators.DefiniteAsync))
            .Add(new Prompt<string>(DialogIds.NamePrompt, new ReaderPromptRecognizer<string>(NameReader.Read, problems), validators.DefiniteAsync))
            .Add(new Prompt<ContactDetails>(DialogIds.ContactPrompt, new ReaderPromptRecognizer<ContactDetails>(ContactReader.Read, problems), validators.DefiniteAsync))
            .Add(new Prompt<ContactOfferReply>(DialogIds.ContactOfferPrompt, new ContactOfferPromptRecognizer(texts), validators.DefiniteAsync))
            .Add(new Prompt<PreCallReply>(DialogIds.PreCallPrompt, new PreCallPromptRecognizer(texts)));
        foreach (var kind in Enum.GetValues<AnswerKind>().Where(kind => kind != AnswerKind.YesNo))
        {
            dialogs.Add(new AnswerPrompt(DialogIds.AnswerPrompt(kind), new AnswerPromptRecognizer(kind, reader, Records, problems, timeProvider, partials), validators.ScreeningAnswerAsync));
        }

        var commands = ScreeningCommands.Create(
            definition,
            texts,
            new HelpCommand(definition, texts, sender),
            new AnswerCorrections(definition, Records, sender),
            new LanguageCommand(sender),
            Languages,
            new FaqCommand(definition, reader, Records, texts, sender, timeProvider),
            new DetailsCommand(definition, Records, outcomes, sender),
            new LookAgainCommand(definition, Records, siteSelection, sender));
        var options = new DialogEngineOptions
        {
            Texts = EngineTexts.Create(texts),
            Commands = commands,
            Channels = channels,
            DefaultCulture = CultureInfo.GetCultureInfo(ConversationLanguages.EnglishLocale),
            EarlierDialogsVersion = DialogIds.BeforeEntryShapes,
        };
        Runner = new DialogRunner(dialogs, DialogIds.Conversation, conversationState, options, logger);
    }

    /// <summary>The greeting's last paragraph when several trials are screened for: which they are; null with one.</summary>
    private static Screening.Texts.LocalizedText? TrialsNote(Screening.Definition.TrialSet trials, BotTexts texts) =>
        trials.IsMany
            ? texts.Text(BotTextKeys.GreetingTrials).With("trials", Screening.Texts.LocalizedText.JoinList(trials.Trials.Select(one =>
                texts.Text(BotTextKeys.OutcomeTrialName).With("id", one.Id).With("title", one.Title))))
            : null;

    /// <summary>Gets the runner of the dialogs.</summary>
    public DialogRunner Runner { get; }

    /// <summary>Gets the conversation records.</summary>
    public ConversationRecordStore Records { get; }

    /// <summary>Gets the language requests ("中文", "English").</summary>
    public LanguageRequests Languages { get; }

    /// <summary>Gets a value indicating whether the trial has its texts in Chinese; otherwise every conversation is in English.</summary>
    public bool ScreensInChinese { get; }

    /// <summary>Gets the sender of the bot's own messages.</summary>
    public ReplySender Sender { get; }
}

using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
using TrialBot.Dialogs.Commands;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition.Places;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Plan;
using TrialBot.Screening.Texts;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot;

/// <summary>
/// Registers the screening conversation's parts, each a singleton read-only after start-up: the built-in texts (keyed
/// <see cref="BuiltInTextsKey"/>) and the conversation's texts (the built-in ones with the trial's laid over), the channel
/// table, the city directory, the answer reader, the presenters, the referral recorder, the dialogs with their prompts, the
/// commands and the <see cref="DialogRunner"/>. Each part is registered with TryAdd, so a registration made before
/// (a test's reader, another city directory) replaces the built-in one.
/// </summary>
internal static class ConversationServiceCollectionExtensions
{
    /// <summary>The key of the built-in <see cref="BotTexts"/> (the embedded resource) under which the trial's texts are laid.</summary>
    public const string BuiltInTextsKey = "built-in";

    /// <summary>Registers the conversation's parts. It needs <see cref="TrialSetup"/>, <see cref="ConversationState"/>,
    /// <see cref="IReferralStore"/>, <see cref="ScreeningMetrics"/> and <see cref="TimeProvider"/>.</summary>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddScreeningConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The former statics, registered instances: their built-in values by default.
        services.TryAddKeyedSingleton(BuiltInTextsKey, BotTexts.Default);
        services.TryAddSingleton(ChannelCapabilityTable.Default);
        services.TryAddSingleton(CityDirectory.BuiltIn);

        // Reading and speaking.
        services.TryAddSingleton(provider => provider.GetRequiredKeyedService<BotTexts>(BuiltInTextsKey).With(Definition(provider).Texts));
        services.TryAddSingleton(provider => new ConversationRecordStore(provider.GetRequiredService<ConversationState>()));
        services.TryAddSingleton(provider => new LanguageRequests(Texts(provider)));
        services.TryAddSingleton(provider => new ReplySender(provider.GetRequiredService<ChannelCapabilityTable>(), Texts(provider)));
        services.TryAddSingleton(provider => new AnswerReader(Definition(provider), provider.GetRequiredService<CityDirectory>()));
        services.TryAddSingleton(provider => new ProblemTexts(Texts(provider)));
        services.TryAddSingleton(provider => new PartialReadings(Definition(provider), Texts(provider)));
        services.TryAddSingleton(provider => new PromptValidators(Definition(provider), Texts(provider), provider.GetRequiredService<ScreeningMetrics>()));

        // Outcomes and referrals.
        services.TryAddSingleton(provider => new SiteSelection(Setup(provider).Sites, Definition(provider).FirstQuestionOf(AnswerKind.Location)?.Id, provider.GetRequiredService<CityDirectory>()));
        services.TryAddSingleton(provider => new TrialsScoring(Setup(provider), provider.GetRequiredService<CityDirectory>()));
        services.TryAddSingleton(provider => new OutcomePresenter(provider.GetRequiredService<SiteSelection>(), new OutcomeText(Definition(provider), Texts(provider)), Sender(provider), Texts(provider)));
        services.TryAddSingleton(provider => new ReferralRecorder(provider.GetRequiredService<IReferralStore>(), Setup(provider).Trials, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ScreeningMetrics>()));

        // The dialogs, the commands and their runner.
        services.TryAddSingleton(CreateDialogs);
        services.TryAddSingleton(CreateCommands);
        services.TryAddSingleton(provider => new DialogEngineOptions
        {
            Texts = EngineTexts.Create(Texts(provider)),
            Commands = provider.GetRequiredService<CommandSet>(),
            Channels = provider.GetRequiredService<ChannelCapabilityTable>(),
            DefaultCulture = CultureInfo.GetCultureInfo(ConversationLanguages.EnglishLocale),
            EarlierDialogsVersion = DialogIds.BeforeEntryShapes,
        });
        services.TryAddSingleton(provider => new DialogRunner(
            provider.GetRequiredService<DialogSet>(),
            DialogIds.Conversation,
            provider.GetRequiredService<ConversationState>(),
            provider.GetRequiredService<DialogEngineOptions>(),
            provider.GetService<ILogger<DialogRunner>>()));
        services.TryAddSingleton<ScreeningConversation>();
        return services;
    }

    private static TrialSetup Setup(IServiceProvider provider) => provider.GetRequiredService<TrialSetup>();

    private static TrialDefinition Definition(IServiceProvider provider) => Setup(provider).Definition;

    private static BotTexts Texts(IServiceProvider provider) => provider.GetRequiredService<BotTexts>();

    private static ReplySender Sender(IServiceProvider provider) => provider.GetRequiredService<ReplySender>();

    private static DialogSet CreateDialogs(IServiceProvider provider)
    {
        var trial = Setup(provider);
        var definition = trial.Definition;
        var texts = Texts(provider);
        var sender = Sender(provider);
        var records = provider.GetRequiredService<ConversationRecordStore>();
        var reader = provider.GetRequiredService<AnswerReader>();
        var problems = provider.GetRequiredService<ProblemTexts>();
        var partials = provider.GetRequiredService<PartialReadings>();
        var validators = provider.GetRequiredService<PromptValidators>();
        var outcomes = provider.GetRequiredService<OutcomePresenter>();
        var recorder = provider.GetRequiredService<ReferralRecorder>();
        var metrics = provider.GetRequiredService<ScreeningMetrics>();
        var timeProvider = provider.GetRequiredService<TimeProvider>();

        var dialogs = new DialogSet()
            .Add(ConversationDialog.Create(records, texts, sender, new QuestionPlan(trial.Trials).Progress(ScreeningAnswers.Empty).AboutTotal, TrialsNote(trial.Trials, texts), trial.Trials.IsMany ? definition.Id : null))
            .Add(new ScreeningDialog(trial.Trials, provider.GetRequiredService<TrialsScoring>(), records, new QuestionPrompts(definition, texts), new UnderstoodPrompts(definition, texts), new AnswerReview(definition, texts), outcomes, sender, metrics, new BirthdayReplyReader(reader, timeProvider), new ForgottenMedicines(definition, reader, timeProvider, texts)))
            .Add(new ReferralDialog(trial.Sites, recorder, records, texts, sender, timeProvider))
            .Add(new PreCallDialog(definition, recorder, texts, sender))
            .Add(new FinishedDialog(sender))
            .Add(new DeleteDataDialog(texts, sender))
            .Add(new Prompt<bool>(DialogIds.YesNoPrompt, new YesNoPromptRecognizer(problems, reader, records, timeProvider), validators.ScreeningYesNoAsync))
            .Add(new Prompt<UnderstoodReply>(DialogIds.UnderstoodPrompt, new UnderstoodPromptRecognizer(definition, reader, records, problems, timeProvider), validators.UnderstoodAsync))
            .Add(new Prompt<bool>(DialogIds.BirthdayPrompt, new YesNoPromptRecognizer(problems, DialogIds.BirthdayQuestion), validators.YesNoOrDontKnowAsync))
            .Add(new Prompt<bool>(DialogIds.ReviewPrompt, new YesNoPromptRecognizer(problems, DialogIds.ReviewQuestion), validators.DefiniteAsync))
            .Add(new ChoicePrompt(DialogIds.ReviewChangePrompt, validators.DefiniteAsync))
            .Add(new ConfirmPrompt(DialogIds.ConfirmPrompt, new YesNoConfirmRecognizer(reader.SubjectOf), validators.DefiniteAsync))
            .Add(new ChoicePrompt(DialogIds.SitePrompt, validators.DefiniteAsync))
            .Add(new Prompt<string>(DialogIds.NamePrompt, new ReaderPromptRecognizer<string>(NameReader.Read, problems), validators.DefiniteAsync))
            .Add(new Prompt<ContactDetails>(DialogIds.ContactPrompt, new ReaderPromptRecognizer<ContactDetails>(ContactReader.Read, problems), validators.DefiniteAsync))
            .Add(new Prompt<ContactOfferReply>(DialogIds.ContactOfferPrompt, new ContactOfferPromptRecognizer(texts), validators.DefiniteAsync))
            .Add(new Prompt<PreCallReply>(DialogIds.PreCallPrompt, new PreCallPromptRecognizer(texts)));
        foreach (var kind in Enum.GetValues<AnswerKind>().Where(kind => kind != AnswerKind.YesNo))
        {
            dialogs.Add(new AnswerPrompt(DialogIds.AnswerPrompt(kind), new AnswerPromptRecognizer(kind, reader, records, problems, timeProvider, partials), validators.ScreeningAnswerAsync));
        }

        return dialogs;
    }

    private static CommandSet CreateCommands(IServiceProvider provider)
    {
        var definition = Definition(provider);
        var texts = Texts(provider);
        var sender = Sender(provider);
        var records = provider.GetRequiredService<ConversationRecordStore>();
        var timeProvider = provider.GetRequiredService<TimeProvider>();
        var corrections = new AnswerCorrections(definition, records, sender);
        return ScreeningCommands.Create(
            definition,
            texts,
            new HelpCommand(definition, texts, sender),
            corrections,
            new LanguageCommand(sender),
            provider.GetRequiredService<LanguageRequests>(),
            new FaqCommand(definition, provider.GetRequiredService<AnswerReader>(), records, texts, sender, timeProvider),
            new DetailsCommand(definition, records, provider.GetRequiredService<OutcomePresenter>(), sender),
            new LookAgainCommand(definition, records, provider.GetRequiredService<SiteSelection>(), sender),
            new EarlierAnswerCommand(definition, records, corrections, texts, sender));
    }

    /// <summary>The greeting's last paragraph when several trials are screened for: which they are; null with one.</summary>
    private static LocalizedText? TrialsNote(TrialSet trials, BotTexts texts) =>
        trials.IsMany
            ? texts.Text(BotTextKeys.GreetingTrials).With("trials", LocalizedText.JoinList(trials.Trials.Select(one =>
                texts.Text(BotTextKeys.OutcomeTrialName).With("id", one.Id).With("title", one.Title))))
            : null;
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Retention;

namespace TrialBot.Bot;

/// <summary>
/// The bot people talk to. For each activity it strips a mention of the bot (Teams), decides the conversation's
/// language (asked for, remembered, the activity's locale, or the script of the first message) and sets it as the
/// activity's locale so that every text and recognizer follows it; then it greets and asks the first question when a
/// person joins (conversation update, Teams installation) and passes messages to the dialogs. When the person confirmed
/// "delete my data", it erases the conversation's state and referrals once the dialogs are done, and says so.
/// </summary>
internal sealed class ScreeningBot : ActivityHandler
{
    private readonly ScreeningConversation conversation;
    private readonly ConversationState conversationState;
    private readonly IConversationEraser eraser;

    /// <summary>Initializes a new instance of the <see cref="ScreeningBot"/> class.</summary>
    /// <param name="conversation">The dialogs.</param>
    /// <param name="conversationState">The conversation state.</param>
    /// <param name="eraser">Erases a conversation's stored data.</param>
    public ScreeningBot(ScreeningConversation conversation, ConversationState conversationState, IConversationEraser eraser)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(eraser);
        this.conversation = conversation;
        this.conversationState = conversationState;
        this.eraser = eraser;
    }

    /// <inheritdoc/>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (SharedConversation.Is(activity))
        {
            // Others can read a group chat or a channel: no health question there, only an invitation to a personal chat.
            await InviteToPersonalChatAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (activity.Type == ActivityTypes.ConversationUpdate && activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams)
        {
            // Teams greets on the app's installation (installationUpdate), which arrives together with this update. This
            // turn neither greets nor reads or writes the conversation's state, so the two never race for it.
            return;
        }

        if (activity.Type == ActivityTypes.Message && activity.Text is not null)
        {
            activity.AsMessageActivity().RemoveRecipientMention();
        }

        await ApplyLanguageAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (ConversationErasure.IsRequested(turnContext))
        {
            await EraseAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        else if (!DialogRunner.SavedIn(turnContext))
        {
            // The turns the dialog runner did not save (a language change on an activity it ignores, for example).
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        conversation.Runner.RunAsync(turnContext, cancellationToken);

    /// <inheritdoc/>
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        return membersAdded.Any(member => member.Id != turnContext.Activity.Recipient?.Id)
            ? conversation.Runner.StartAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        conversation.Runner.StartAsync(turnContext, cancellationToken);

    private Task InviteToPersonalChatAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var invited = activity.Type == ActivityTypes.Message
            || (activity.Type == ActivityTypes.InstallationUpdate && activity.AsInstallationUpdateActivity().Action is "add" or "add-upgrade");
        if (!invited)
        {
            return Task.CompletedTask;
        }

        var language = ConversationLanguages.FromLocale(activity.Locale) ?? ConversationLanguages.English;
        return conversation.Sender.SayAsync(turnContext, BotTextKeys.SharedConversationInvitation, ConversationLanguages.CultureOf(language), cancellationToken);
    }

    private async Task ApplyLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var record = await conversation.Records.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var requested = activity.Type == ActivityTypes.Message ? conversation.Languages.Match(activity.Text) : null;
        var choice = LanguageChooser.Choose(record.Language, activity, requested);
        if (choice.Language == ConversationLanguages.Chinese && !conversation.ScreensInChinese)
        {
            // The trial has no Chinese texts: screen in English, and say so once each time Chinese is written or asked for.
            activity.Locale = ConversationLanguages.LocaleFor(ConversationLanguages.English, activity.Locale);
            if (choice.Remember)
            {
                await conversation.Sender.SayAsync(turnContext, BotTextKeys.LanguageEnglishOnly, ConversationLanguages.CultureOf(ConversationLanguages.English), cancellationToken).ConfigureAwait(false);
                await conversation.Records.SetAsync(turnContext, record with { Language = ConversationLanguages.English }, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        activity.Locale = ConversationLanguages.LocaleFor(choice.Language, activity.Locale);
        if (choice.Remember && record.Language != choice.Language)
        {
            await conversation.Records.SetAsync(turnContext, record with { Language = choice.Language }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (ConversationKey.From(activity) is { } key)
        {
            await eraser.EraseAsync(key, activity.From?.Id, cancellationToken).ConfigureAwait(false);
        }

        // The turn's cached state must not be written back over the erased conversation, nor its record kept.
        conversation.Records.Forget(turnContext);
        await conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var culture = ConversationLanguages.CultureOf(ConversationLanguages.FromLocale(activity.Locale) ?? ConversationLanguages.English);
        await conversation.Sender.SayAsync(turnContext, BotTextKeys.DeleteDone, culture, cancellationToken).ConfigureAwait(false);
    }
}

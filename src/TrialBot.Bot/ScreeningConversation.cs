using TrialBot.Bot.Commands;
using TrialBot.Bot.Configuration;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Dialogs;

namespace TrialBot.Bot;

/// <summary>
/// The parts of the screening conversation the bot itself uses, resolved from the container (the parts are registered by
/// <see cref="ConversationServiceCollectionExtensions.AddScreeningConversation"/>): the <see cref="DialogRunner"/>, the
/// conversation records, the language requests and the reply sender. Read-only.
/// </summary>
internal sealed class ScreeningConversation
{
    /// <summary>Initializes a new instance of the <see cref="ScreeningConversation"/> class.</summary>
    /// <param name="trial">The trials and their sites.</param>
    /// <param name="runner">The runner of the dialogs.</param>
    /// <param name="records">The conversation records.</param>
    /// <param name="languages">The language requests.</param>
    /// <param name="sender">The sender of the bot's own messages.</param>
    public ScreeningConversation(TrialSetup trial, DialogRunner runner, ConversationRecordStore records, LanguageRequests languages, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(sender);
        ScreensInChinese = trial.Definition.HasChinese;
        Runner = runner;
        Records = records;
        Languages = languages;
        Sender = sender;
    }

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

using TrialBot.Bot.Flow;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Texts;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Commands;

/// <summary>"Help": the current screening question's own explanation (from the trial definition), what one can type, then the question again.</summary>
internal sealed class HelpCommand
{
    private readonly TrialDefinition definition;
    private readonly BotTexts texts;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="HelpCommand"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    public HelpCommand(TrialDefinition definition, BotTexts texts, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);
        this.definition = definition;
        this.texts = texts;
        this.sender = sender;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var culture = dialogContext.Culture;
        var general = texts.Get(DialogTextKeys.Help, culture);
        var question = ActiveQuestion.Id(dialogContext) is { } id ? definition.FindQuestion(DialogIds.Confirmed(id) ?? id) : null;
        var help = question is null ? general : $"{texts.Text(BotTextKeys.HelpQuestion).With("help", question.Help).Get(culture)}\n\n{general}";
        await sender.SendAsync(dialogContext.Context, help, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
    }
}

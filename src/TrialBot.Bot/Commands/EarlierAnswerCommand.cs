using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Recognition;
using TrialBot.Recognition.Statements;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Commands;

/// <summary>
/// A message that, while answering one question, takes back the answer to an earlier one ("oh wait i have to go back, i
/// said no to the transplant one but i did have a kidney transplant", 刚才那个大剂量的问题我答错了): the bot says which answer
/// it understood is to change and asks that question again, as "change my …" does; the question being answered comes
/// again after it, so nothing said in the message is taken as an answer without the person seeing it asked.
/// </summary>
internal sealed class EarlierAnswerCommand
{
    private readonly TrialDefinition definition;
    private readonly ConversationRecordStore records;
    private readonly AnswerCorrections corrections;
    private readonly BotTexts texts;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="EarlierAnswerCommand"/> class.</summary>
    public EarlierAnswerCommand(TrialDefinition definition, ConversationRecordStore records, AnswerCorrections corrections, BotTexts texts, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);
        this.definition = definition;
        this.records = records;
        this.corrections = corrections;
        this.texts = texts;
        this.sender = sender;
    }

    /// <summary>True when the message, said to a screening question, takes back the answer to an earlier one.</summary>
    public async Task<bool> MatchesAsync(DialogContext dialogContext, CancellationToken cancellationToken) =>
        await FindAsync(dialogContext, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Says which answer is to change and asks its question again.</summary>
    public async Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (await FindAsync(dialogContext, cancellationToken).ConfigureAwait(false) is not { } question)
        {
            return await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
        }

        var understood = texts.Text(BotTextKeys.ChangeEarlierUnderstood).With("label", question.Label);
        await sender.SendAsync(dialogContext.Context, understood.Get(dialogContext.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        return await corrections.ChangeAsync(dialogContext, question.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QuestionDefinition?> FindAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var text = dialogContext.Context.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) || text.Length > InputGuard.MaxLength || !EarlierAnswerCorrection.MayTakeBack(text)
            || ActiveQuestion.Id(dialogContext) is not { } activeId || definition.FindQuestion(activeId) is null)
        {
            return null;
        }

        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        var earlier = record.Answered
            .Where(id => id != activeId && record.Answers.Has(id))
            .Select(definition.FindQuestion)
            .OfType<QuestionDefinition>()
            .Where(question => question.Subject is { About.Count: > 0 })
            .ToList();
        return earlier.Count > 0 && EarlierAnswerCorrection.Find(text, [.. earlier.Select(question => question.Subject!.About)]) is { } index
            ? earlier[index]
            : null;
    }
}

using TrialBot.Bot.Answers;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Recognition.Medicines;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Flow;

/// <summary>
/// A medicine taken now that a person adds while answering another question, with words of adding or forgetting ("Oh,
/// and I should have said before, I'm on methotrexate as well", 对了刚才忘说了，我还在吃他克莫司): it joins the medicines
/// answer, and the bot says so at once (the review before the outcome shows it again). Only a medicine for lupus the
/// list does not have, read as taken now, is added; nothing is removed.
/// </summary>
internal sealed class ForgottenMedicines
{
    private readonly TrialDefinition definition;
    private readonly AnswerReader reader;
    private readonly TimeProvider timeProvider;
    private readonly BotTexts texts;
    private readonly AnswerDisplay display;

    /// <summary>Initializes a new instance of the <see cref="ForgottenMedicines"/> class.</summary>
    public ForgottenMedicines(TrialDefinition definition, AnswerReader reader, TimeProvider timeProvider, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(texts);
        this.definition = definition;
        this.reader = reader;
        this.timeProvider = timeProvider;
        this.texts = texts;
        display = new AnswerDisplay(definition);
    }

    /// <summary>
    /// The record with the medicines the turn's message adds to the medicines answer, said back to the person; the record
    /// itself when the message adds none (or answers the medicines question, or that question is not answered yet).
    /// </summary>
    public async Task<ConversationRecord> AddAsync(DialogContext dialogContext, ConversationRecord record, QuestionDefinition answered, ReplySender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(sender);
        var text = dialogContext.Context.Activity?.Text;
        if (string.IsNullOrWhiteSpace(text) || answered.Kind == AnswerKind.Medicines || !AddedMedicineCue.SaysAdded(text)
            || definition.FirstQuestionOf(AnswerKind.Medicines) is not { } medicinesQuestion
            || record.Answers.Get(medicinesQuestion.Id) is not MedicinesAnswer listed)
        {
            return record;
        }

        var today = TurnDate.Today(dialogContext.Context.Activity!, timeProvider);
        var reading = reader.Read(AnswerKind.Medicines, text, dialogContext.Culture, record.Answers, today, medicinesQuestion.Id);
        if (!reading.TryGetValue(out var answer) || answer is not MedicinesAnswer named)
        {
            return record;
        }

        var added = named.Current.Where(medicine => medicine.Class != MedicineClass.Other && listed.Medicines.All(known => known.Id != medicine.Id)).ToList();
        if (added.Count == 0)
        {
            return record;
        }

        var notice = texts.Text(BotTextKeys.MedicinesAdded).With("medicines", LocalizedText.JoinList(added.Select(medicine => display.MedicineName(medicine.Id))));
        await sender.SendAsync(dialogContext.Context, notice.Get(dialogContext.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        return record.WithAddedTo(medicinesQuestion.Id, new MedicinesAnswer([.. listed.Medicines, .. added]), text);
    }
}

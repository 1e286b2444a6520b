using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Reads the reply to the offer of the sender's number as the contact: a phone number or e-mail address in the reply is
/// that other contact; else a picked choice (Yes, Another number, by title, synonym or number); else a yes or a no (no
/// asks for another number).
/// </summary>
internal sealed class ContactOfferPromptRecognizer : IPromptRecognizer<ContactOfferReply>
{
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="ContactOfferPromptRecognizer"/> class.</summary>
    /// <param name="texts">The bot's texts (the explanation of a reply that is none of these).</param>
    public ContactOfferPromptRecognizer(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
    }

    /// <inheritdoc/>
    public Task<Recognition<ContactOfferReply>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ContactReader.Read(context.Text).TryGetValue(out var other))
        {
            return Task.FromResult(Recognitions.Of(new ContactOfferReply(false, other)));
        }

        var index = ChoiceMatcher.FindIndex(context.Text, context.Choices, context.Culture, allowNumbers: true);
        if (index >= 0)
        {
            return Task.FromResult(Recognitions.Of(context.Choices[index].Value == ConfirmPrompt.YesValue ? ContactOfferReply.Yes : ContactOfferReply.Another));
        }

        return Task.FromResult(YesNoRecognizer.Recognize(context.Text, context.Culture.Name).TryGetValue(out var yes)
            ? Recognitions.Of(yes ? ContactOfferReply.Yes : ContactOfferReply.Another)
            : Recognitions.NotUnderstood<ContactOfferReply>(ContactReader.Invalid, texts.Get(BotTextKeys.ReferralContactOfferReask, context.Culture)));
    }
}

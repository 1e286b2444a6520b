using TrialBot.Bot.Answers;
using TrialBot.Dialogs.State;
using TrialBot.Screening.Answers;

namespace TrialBot.Bot.Flow;

/// <summary>The ids of the bot's dialogs and prompts, and the question ids of its questions outside the screening.</summary>
internal static class DialogIds
{
    /// <summary>The root: greeting, screening, referral, finished.</summary>
    public const string Conversation = "conversation";

    /// <summary>The screening questions and the outcome.</summary>
    public const string Screening = "screening";

    /// <summary>The contact questions after a promising outcome.</summary>
    public const string Referral = "referral";

    /// <summary>After the screening.</summary>
    public const string Finished = "finished";

    /// <summary>The study team's optional pre-call questions, after the referral is stored.</summary>
    public const string PreCall = "precall";

    /// <summary>The prompt of a pre-call question (an answer as said, "skip" or "skip all").</summary>
    public const string PreCallPrompt = "prompt.precall";

    /// <summary>The prompt of the sender's number offered as the contact (SMS).</summary>
    public const string ContactOfferPrompt = "prompt.contact-offer";

    /// <summary>Question id: on SMS, may the study team use the number the messages come from.</summary>
    public const string ReferralContactOfferQuestion = "referral.contact.offer";

    /// <summary>Question id: after "look again", may the study team make contact to look at the answers again.</summary>
    public const string LookAgainQuestion = "look-again";

    /// <summary>The confirmation of "delete my data".</summary>
    public const string DeleteData = "delete-data";

    /// <summary>The prompt of yes/no screening questions.</summary>
    public const string YesNoPrompt = "prompt.yes-no";

    /// <summary>The prompt of yes/no questions that need a definite answer (contact consent, delete).</summary>
    public const string ConfirmPrompt = "prompt.confirm";

    /// <summary>The prompt that confirms what was understood of a screening answer (yes, no, or a corrected answer).</summary>
    public const string UnderstoodPrompt = "prompt.understood";

    /// <summary>The prompt of the review before the outcome (yes or no).</summary>
    public const string ReviewPrompt = "prompt.review";

    /// <summary>The prompt that picks which answer to change after "no" to the review.</summary>
    public const string ReviewChangePrompt = "prompt.review-change";

    /// <summary>The prompt that picks a study site.</summary>
    public const string SitePrompt = "prompt.site";

    /// <summary>The prompt of the person's name.</summary>
    public const string NamePrompt = "prompt.name";

    /// <summary>The prompt of the person's phone or e-mail.</summary>
    public const string ContactPrompt = "prompt.contact";

    /// <summary>Question id: may the study team make contact.</summary>
    public const string ReferralQuestion = "referral";

    /// <summary>Question id: which study site.</summary>
    public const string ReferralSiteQuestion = "referral.site";

    /// <summary>Question id: the person's name.</summary>
    public const string ReferralNameQuestion = "referral.name";

    /// <summary>Question id: the person's phone or e-mail.</summary>
    public const string ReferralContactQuestion = "referral.contact";

    /// <summary>Question id: are the decisive answers, as understood, right (before the outcome).</summary>
    public const string ReviewQuestion = "review";

    /// <summary>Question id: at an age of one under the youngest or the oldest allowed, will the next birthday come within about a month.</summary>
    public const string BirthdayQuestion = "age.birthday";

    /// <summary>The prompt of the birthday follow-up (yes, no or don't know).</summary>
    public const string BirthdayPrompt = "prompt.birthday";

    /// <summary>Question id: which answer to change, after "no" to the review.</summary>
    public const string ReviewChangeQuestion = "review.change";

    /// <summary>The ending of the question id that confirms what was understood of an answer: <c>{question id}.confirm</c>.</summary>
    public const string ConfirmSuffix = ".confirm";

    /// <summary>Question id: delete the conversation's data.</summary>
    public const string DeleteQuestion = "delete.confirm";

    /// <summary>The question id that confirms what was understood of the answer to <paramref name="questionId"/>.</summary>
    /// <param name="questionId">The screening question.</param>
    /// <returns><c>{question id}.confirm</c>.</returns>
    public static string Confirm(string questionId) => questionId + ConfirmSuffix;

    /// <summary>The screening question a <c>{question id}.confirm</c> id confirms.</summary>
    /// <param name="questionId">A question id.</param>
    /// <returns>The confirmed question's id, or null when <paramref name="questionId"/> is no confirmation.</returns>
    public static string? Confirmed(string? questionId) =>
        questionId is not null && questionId.EndsWith(ConfirmSuffix, StringComparison.Ordinal) ? questionId[..^ConfirmSuffix.Length] : null;

    /// <summary>The prompt of screening answers of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of answer.</param>
    /// <returns>The prompt's id.</returns>
    public static string AnswerPrompt(AnswerKind kind) =>
        kind == AnswerKind.YesNo ? YesNoPrompt : "prompt.answer." + ProblemTexts.KindId(kind);

    /// <summary>
    /// The dialogs version stored before stack entries kept their dialog's shape, and the shapes it had for the dialogs
    /// changed since (the referral and the delete-data confirmation became waterfalls): a conversation stored by it
    /// anywhere else (in the screening, at a question or its confirmation) resumes after the upgrade.
    /// The version is the one the engine computed for the dialogs of that release (as stored in <c>dialogsVersion</c>),
    /// and "dialog" is the shape it gave a dialog that was neither a waterfall nor a prompt. It is a fact about stored
    /// data: it never changes, and it can go once no conversation of that release can still be stored (the retention
    /// period of the conversation state has passed since the upgrade).
    /// </summary>
    public static EarlierDialogsVersion BeforeEntryShapes { get; } = new(
        "a4c46373a6a2cd4a",
        new Dictionary<string, string>(StringComparer.Ordinal) { [Referral] = "dialog", [DeleteData] = "dialog" });
}

using TrialBot.Bot.Answers;
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

    /// <summary>The confirmation of "delete my data".</summary>
    public const string DeleteData = "delete-data";

    /// <summary>The prompt of yes/no screening questions.</summary>
    public const string YesNoPrompt = "prompt.yes-no";

    /// <summary>The prompt of yes/no questions that need a definite answer (contact consent, delete).</summary>
    public const string ConfirmPrompt = "prompt.confirm";

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

    /// <summary>Question id: delete the conversation's data.</summary>
    public const string DeleteQuestion = "delete.confirm";

    /// <summary>The prompt of screening answers of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of answer.</param>
    /// <returns>The prompt's id.</returns>
    public static string AnswerPrompt(AnswerKind kind) =>
        kind == AnswerKind.YesNo ? YesNoPrompt : "prompt.answer." + ProblemTexts.KindId(kind);
}

using System.Globalization;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Bot.Flow;

/// <summary>
/// The root dialog, a waterfall: greet (once per conversation; short on SMS) and begin the screening; after a
/// likely-eligible or needs-review outcome begin the referral; once a referral is stored ask the study team's pre-call
/// questions (<see cref="PreCallDialog"/>); then wait as <see cref="FinishedDialog"/>.
/// </summary>
internal static class ConversationDialog
{
    /// <summary>Creates the root dialog.</summary>
    /// <param name="records">The conversation records (whether the greeting was sent).</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the greeting as the channel takes it.</param>
    /// <param name="aboutQuestions">How many questions the greeting announces: the plan's count before any answer, the
    /// same number the first question's progress shows.</param>
    /// <param name="trialsNote">When several trials are screened for: the paragraph the greeting ends with, naming them; else null.</param>
    /// <param name="preCallTrialId">When several trials are screened for: the trial whose pre-call questions are asked,
    /// only after a referral that is for it (they may state facts of its listing only); null with one trial.</param>
    /// <returns>The dialog.</returns>
    public static WaterfallDialog Create(ConversationRecordStore records, BotTexts texts, ReplySender sender, int aboutQuestions, Screening.Texts.LocalizedText? trialsNote = null, string? preCallTrialId = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);

        async Task<DialogTurnResult> GreetAndScreenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var record = await records.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
            if (!record.Greeted)
            {
                var greeting = sender.PrefersShortMessages(step.Context) ? BotTextKeys.GreetingShort : BotTextKeys.Greeting;
                var text = texts.Text(greeting).With("questions", aboutQuestions.ToString(CultureInfo.InvariantCulture)).Get(step.Culture);
                if (trialsNote is not null)
                {
                    text += "\n\n" + trialsNote.Get(step.Culture);
                }

                await sender.SendAsync(step.Context, text, cancellationToken: cancellationToken).ConfigureAwait(false);
                await records.SetAsync(step.Context, record with { Greeted = true }, cancellationToken).ConfigureAwait(false);
            }

            var keepAnswers = step.GetOptions<ConversationOptions>() is { ContinueScreening: true };
            return await step.BeginDialogAsync(DialogIds.Screening, new ScreeningOptions(keepAnswers), cancellationToken).ConfigureAwait(false);
        }

        Task<DialogTurnResult> ReferIfPromisingAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.Result is ScreeningSummary { OffersReferral: true, SiteIds.Count: > 0 } summary
                ? step.BeginDialogAsync(DialogIds.Referral, summary, cancellationToken)
                : step.NextAsync(null, cancellationToken);

        Task<DialogTurnResult> AskPreCallAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.Result is StoredReferral stored && ForPreCallTrial(stored)
                ? step.BeginDialogAsync(DialogIds.PreCall, stored, cancellationToken)
                : step.NextAsync(null, cancellationToken);

        bool ForPreCallTrial(StoredReferral stored) =>
            preCallTrialId is null || stored.TrialIds is null || stored.TrialIds.Split(',').Contains(preCallTrialId, StringComparer.Ordinal);

        Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.BeginDialogAsync(DialogIds.Finished, cancellationToken: cancellationToken);

        return new WaterfallDialog(DialogIds.Conversation, [GreetAndScreenAsync, ReferIfPromisingAsync, AskPreCallAsync, FinishAsync]);
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Prompts;

/// <summary>Builds and sends the messages of a prompt: each with its choices rendered for the channel and the question entity attached.</summary>
internal static class PromptMessages
{
    /// <summary>Sends the question, or the retry question preceded by <paramref name="explanation"/>.</summary>
    public static Task<ChoiceRendering> SendQuestionAsync(DialogContext dialogContext, PromptOptions options, IReadOnlyList<Choice> choices, string? explanation, CancellationToken cancellationToken)
    {
        var activity = explanation is null
            ? FromOptions(options.PromptActivity, options.Prompt)
            : FromOptions(options.RetryPromptActivity ?? options.PromptActivity, options.RetryPrompt ?? options.Prompt);
        if (explanation is not null)
        {
            activity.Text = Join(explanation, activity.Text);
        }

        return SendAsync(dialogContext, activity, choices, options.QuestionId, cancellationToken);
    }

    /// <summary>Sends a message made of <paramref name="explanation"/> and the text under <paramref name="textKey"/>, with <paramref name="choices"/>.</summary>
    public static Task<ChoiceRendering> SendNoticeAsync(DialogContext dialogContext, PromptOptions options, string explanation, string textKey, IReadOnlyList<Choice> choices, CancellationToken cancellationToken)
    {
        var activity = (Activity)MessageFactory.Text(Join(explanation, dialogContext.Options.Texts.GetText(textKey, dialogContext.Culture)));
        return SendAsync(dialogContext, activity, choices, options.QuestionId, cancellationToken);
    }

    private static async Task<ChoiceRendering> SendAsync(DialogContext dialogContext, Activity activity, IReadOnlyList<Choice> choices, string? questionId, CancellationToken cancellationToken)
    {
        var capabilities = dialogContext.Options.Channels.ForActivity(dialogContext.Context.Activity);
        var hint = dialogContext.Options.Texts.GetText(DialogTextKeys.NumberedChoicesHint, dialogContext.Culture);
        var separator = dialogContext.Options.Texts.GetText(DialogTextKeys.ChoiceListSeparator, dialogContext.Culture);
        var rendering = ChoiceRenderer.Render(activity, choices, capabilities, hint, separator);
        if (questionId is not null)
        {
            activity.Entities ??= [];
            activity.Entities.Add(QuestionEntity.Create(questionId));
        }

        await dialogContext.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        return rendering;
    }

    // The options are read once a turn and shared (DialogInstance.GetOptions): a prompt activity is copied before it is changed.
    private static Activity FromOptions(Activity? activity, string? text) =>
        activity is null ? (Activity)MessageFactory.Text(text ?? string.Empty) : JObject.FromObject(activity).ToObject<Activity>()!;

    private static string Join(string first, string? second) =>
        string.IsNullOrWhiteSpace(second) ? first : $"{first}\n\n{second}";
}

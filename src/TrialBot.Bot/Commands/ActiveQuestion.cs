using TrialBot.Dialogs;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Bot.Commands;

/// <summary>The question id of the prompt awaiting an answer, read from its stored options.</summary>
internal static class ActiveQuestion
{
    /// <summary>Returns the question id of the active prompt.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <returns>The question id, or null when no prompt with a question id awaits an answer.</returns>
    public static string? Id(DialogContext dialogContext)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return dialogContext.ActiveDialog is { } active && IsPrompt(dialogContext.Dialogs.Find(active.DialogId))
            ? active.GetOptions<PromptOptions>()?.QuestionId
            : null;
    }

    private static bool IsPrompt(Dialog? dialog)
    {
        for (var type = dialog?.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Prompt<>))
            {
                return true;
            }
        }

        return false;
    }
}

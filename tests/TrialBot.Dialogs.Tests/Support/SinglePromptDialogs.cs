using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>A root waterfall that asks one prompt and ends with the prompt's result, to test prompts alone.</summary>
internal static class SinglePromptDialogs
{
    public const string RootId = "root";

    public static DialogSet Create(Dialog prompt, PromptOptions options) => new DialogSet()
        .Add(new WaterfallDialog(RootId, [(step, cancellationToken) => step.PromptAsync(prompt.Id, options, cancellationToken)]))
        .Add(prompt);

    public static ConversationDriver Driver(Dialog prompt, PromptOptions options, DialogEngineOptions? engineOptions = null, string channelId = "test", string? conversationType = null, string? locale = "en-US") =>
        new(Create(prompt, options), RootId, new Microsoft.Bot.Builder.MemoryStorage(), engineOptions, ConversationDriver.Conversation(channelId, conversationType), locale);

    /// <summary>The prompt's result when the last turn completed the root dialog.</summary>
    public static PromptResult<T> Result<T>(ConversationDriver driver)
    {
        Assert.NotNull(driver.LastResult);
        Assert.Equal(DialogTurnStatus.Complete, driver.LastResult.Status);
        return Assert.IsType<PromptResult<T>>(driver.LastResult.Result);
    }
}

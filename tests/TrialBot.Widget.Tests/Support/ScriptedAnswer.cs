namespace TrialBot.Widget.Tests.Support;

/// <summary>What the person answers to one question: typed in the send box, or a click on the bot's button.</summary>
/// <param name="QuestionId">The question it answers (the id of the question's <c>trialbot/question</c> entity).</param>
/// <param name="Text">The words typed, or the title of the button clicked.</param>
/// <param name="ByButton">Whether the person clicks the suggested action titled <paramref name="Text"/>.</param>
internal sealed record ScriptedAnswer(string QuestionId, string Text, bool ByButton = false)
{
    /// <summary>Gives the answer on the page.</summary>
    public Task GiveAsync(WidgetPage page, BotMessage question)
    {
        ArgumentNullException.ThrowIfNull(page);
        return ByButton ? page.ClickSuggestedActionAsync(question, Text) : page.SayAsync(Text);
    }
}

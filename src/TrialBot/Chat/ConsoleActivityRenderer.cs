using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrialBot.Host.Chat;

/// <summary>
/// Writes the bot's activities as plain text: the message text, hero cards as title and text, and suggested actions and
/// card buttons as a numbered list (recorded in <see cref="OfferedChoices"/>). Typing, delays and traces are not shown.
/// </summary>
internal sealed class ConsoleActivityRenderer(TextWriter output, OfferedChoices choices)
{
    public const string BotPrompt = "bot> ";

    public async Task RenderAsync(IActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is IMessageActivity message)
        {
            await RenderMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.Type == ActivityTypes.EndOfConversation)
        {
            await WriteLineAsync(BotPrompt + "(the bot ended the conversation)", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RenderMessageAsync(IMessageActivity message, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            await WriteLineAsync(BotPrompt + message.Text, cancellationToken).ConfigureAwait(false);
        }

        foreach (var attachment in message.Attachments ?? [])
        {
            await RenderAttachmentAsync(attachment, cancellationToken).ConfigureAwait(false);
        }

        await RenderActionsAsync(message.SuggestedActions?.Actions, cancellationToken).ConfigureAwait(false);
    }

    private async Task RenderAttachmentAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        var hero = attachment.Content switch
        {
            HeroCard card => card,
            JObject json when attachment.ContentType == HeroCard.ContentType => json.ToObject<HeroCard>(),
            _ => null,
        };
        if (hero is null)
        {
            await WriteLineAsync($"{BotPrompt}[{attachment.ContentType} attachment]", cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var line in new[] { hero.Title, hero.Subtitle, hero.Text }.Where(line => !string.IsNullOrWhiteSpace(line)))
        {
            await WriteLineAsync(BotPrompt + line, cancellationToken).ConfigureAwait(false);
        }

        await RenderActionsAsync(hero.Buttons, cancellationToken).ConfigureAwait(false);
    }

    private async Task RenderActionsAsync(IEnumerable<CardAction>? actions, CancellationToken cancellationToken)
    {
        foreach (var action in actions ?? [])
        {
            var title = action.Title ?? action.Value?.ToString() ?? string.Empty;
            var value = action.Value?.ToString() ?? title;
            var number = choices.Add(value);
            await WriteLineAsync($"     {number}. {title}", cancellationToken).ConfigureAwait(false);
        }
    }

    private Task WriteLineAsync(string line, CancellationToken cancellationToken) => output.WriteLineAsync(line.AsMemory(), cancellationToken);
}

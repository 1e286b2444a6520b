using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Host.BotFramework;

namespace TrialBot.Host.Chat;

/// <summary>
/// A Bot Framework adapter for a conversation in a terminal: lines read from a <see cref="TextReader"/> become message
/// activities on channel <see cref="ChannelId"/>; the bot's replies are written to a <see cref="TextWriter"/>, choices
/// as a numbered list (typing a number picks one). It shares the host's error handler and turn telemetry.
/// </summary>
public sealed class ConsoleChatAdapter : BotAdapter
{
    /// <summary>The channel id of the activities this adapter creates.</summary>
    public const string ChannelId = "console";

    /// <summary>What the person's lines are prefixed with.</summary>
    public const string UserPrompt = "you> ";

    private static readonly string[] ExitWords = ["exit", "quit", "退出"];

    private readonly TextReader input;
    private readonly TextWriter output;
    private readonly bool echoInput;
    private readonly string locale;
    private readonly TimeProvider timeProvider;
    private readonly OfferedChoices choices = new();
    private readonly ConsoleActivityRenderer renderer;
    private readonly ChannelAccount user = new("console-user", "You", RoleTypes.User);
    private readonly ChannelAccount bot = new("trialbot", "TrialBot", RoleTypes.Bot);
    private readonly ConversationAccount conversation = new(id: "console-" + Guid.NewGuid().ToString("N"));
    private int nextActivityId;

    /// <summary>Creates the adapter.</summary>
    /// <param name="input">Where the person's lines come from.</param>
    /// <param name="output">Where the bot's replies go.</param>
    /// <param name="echoInput">Whether to write the person's lines too (when the input is not a terminal that shows them).</param>
    /// <param name="locale">The locale of the person's messages, for example <c>en-US</c> or <c>zh-CN</c>.</param>
    /// <param name="errorHandler">The host's handler for failed turns.</param>
    /// <param name="telemetry">The host's turn telemetry.</param>
    /// <param name="timeProvider">The clock for the activities' timestamps.</param>
    public ConsoleChatAdapter(
        TextReader input,
        TextWriter output,
        bool echoInput,
        CultureInfo locale,
        TurnErrorHandler errorHandler,
        TurnTelemetryMiddleware telemetry,
        TimeProvider timeProvider)
    {
        this.input = input ?? throw new ArgumentNullException(nameof(input));
        this.output = output ?? throw new ArgumentNullException(nameof(output));
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(errorHandler);
        ArgumentNullException.ThrowIfNull(telemetry);
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.echoInput = echoInput;
        this.locale = locale.Name;
        renderer = new ConsoleActivityRenderer(output, choices);
        OnTurnError = errorHandler.HandleAsync;
        Use(telemetry);
    }

    /// <summary>
    /// Runs the conversation: announces the person (so the bot can greet), then sends each line as a message until the
    /// input ends or the person types <c>exit</c> or <c>quit</c>. Blank lines are skipped.
    /// </summary>
    public async Task RunAsync(IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var joined = NewActivity(ActivityTypes.ConversationUpdate);
        joined.MembersAdded = [user];
        await RunTurnAsync(joined, bot, cancellationToken).ConfigureAwait(false);

        while (true)
        {
            await output.WriteAsync(UserPrompt.AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is not null && echoInput)
            {
                await output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            if (line is null)
            {
                // End of input (Ctrl+D): end the prompt's line.
                await output.WriteLineAsync().ConfigureAwait(false);
                break;
            }

            if (ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var message = NewActivity(ActivityTypes.Message);
            message.Text = await ChosenOrTypedAsync(line, cancellationToken).ConfigureAwait(false);
            message.TextFormat = TextFormatTypes.Plain;
            await RunTurnAsync(message, bot, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the bot's activities to the output.</summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            await renderer.RenderAsync(activities[i], cancellationToken).ConfigureAwait(false);
            responses[i] = new ResourceResponse(NextActivityId());
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return responses;
    }

    /// <summary>Writes an updated activity again; a terminal cannot change what it already printed.</summary>
    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await renderer.RenderAsync(activity, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(activity.Id);
    }

    /// <summary>Does nothing: a terminal cannot remove what it already printed.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => Task.CompletedTask;

    private async Task RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        choices.Clear();
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    // Console.In reads synchronously even through ReadLineAsync; reading on the thread pool lets Ctrl+C end the chat.
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        => await Task.Run(() => input.ReadLineAsync(cancellationToken).AsTask(), cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);

    private async Task<string> ChosenOrTypedAsync(string line, CancellationToken cancellationToken)
    {
        if (choices.Resolve(line) is not { } chosen)
        {
            return line;
        }

        await output.WriteLineAsync($"     ({line.Trim()}: {chosen})".AsMemory(), cancellationToken).ConfigureAwait(false);
        return chosen;
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = NextActivityId(),
        ChannelId = ChannelId,
        Conversation = conversation,
        From = user,
        Recipient = bot,
        Locale = locale,
        Timestamp = timeProvider.GetUtcNow(),
        LocalTimestamp = timeProvider.GetLocalNow(),
    };

    private string NextActivityId() => Interlocked.Increment(ref nextActivityId).ToString(CultureInfo.InvariantCulture);
}

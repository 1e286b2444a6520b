using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TrialBot.Widget.Tests.Support;

/// <summary>
/// The host's page in its own browser context, seen and used as a person would: the transcript's bubbles, the send box,
/// the bot's buttons, the language switch. Each step waits at most <see cref="StepLimit"/>.
/// </summary>
internal sealed class WidgetPage : IAsyncDisposable
{
    /// <summary>How long one step may wait for the page; Web Chat streams Direct Line over a WebSocket.</summary>
    public static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Records every "Send failed" Web Chat shows (English or Chinese), even one that a retry later removes.
    /// Installed before the page's own scripts run.
    /// </summary>
    private const string SendFailureWatch = """
        window.sendFailuresShown = [];
        new MutationObserver(function () {
          var text = document.body ? document.body.textContent : '';
          var found = text.match(/Send failed|发送失败/);
          if (found && window.sendFailuresShown.length < 10) { window.sendFailuresShown.push(found[0]); }
        }).observe(document, { childList: true, subtree: true, characterData: true });
        """;

    private readonly IBrowserContext context;
    private readonly DirectLineTraffic traffic;
    private readonly List<string> scriptErrors;
    private string conversationId;
    private long lastSequence;

    private WidgetPage(IBrowserContext context, IPage page, DirectLineTraffic traffic, List<string> scriptErrors, string conversationId)
    {
        this.context = context;
        Page = page;
        this.traffic = traffic;
        this.scriptErrors = scriptErrors;
        this.conversationId = conversationId;
    }

    /// <summary>The browser page.</summary>
    public IPage Page { get; }

    /// <summary>The Direct Line requests of the page that failed.</summary>
    public IReadOnlyList<string> FailedRequests => traffic.Failures;

    /// <summary>Errors the page's scripts threw.</summary>
    public IReadOnlyList<string> ScriptErrors => scriptErrors;

    private ILocator BotMessages => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    private ILocator UserMessages => Page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    /// <summary>Opens <paramref name="address"/> in a new context of <paramref name="browser"/> (English browser) and waits until its chat has a conversation.</summary>
    public static async Task<WidgetPage> OpenAsync(IBrowser browser, Uri address)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(address);
        SetDefaultExpectTimeout((float)StepLimit.TotalMilliseconds);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 900, Height = 1100 },
        });
        context.SetDefaultTimeout((float)StepLimit.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(SendFailureWatch);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        var traffic = DirectLineTraffic.Observe(page);
        var conversationId = await NewConversationAsync(page, () => page.GotoAsync(address.ToString()));
        return new WidgetPage(context, page, traffic, scriptErrors, conversationId);
    }

    /// <summary>
    /// Clicks the page's language button <paramref name="name"/>. The page keeps its conversation: it sends the request
    /// for the language on the person's behalf, so this page goes on following the same conversation.
    /// </summary>
    public async Task SwitchLanguageAsync(string name)
    {
        var button = Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
    }

    /// <summary>Waits until a bubble of the person with exactly <paramref name="text"/> is on the page.</summary>
    public Task ExpectUserMessageAsync(string text) =>
        Expect(UserMessages.Filter(new() { HasTextString = text }).Last).ToBeVisibleAsync();

    /// <summary>Waits until a bubble of the bot with text matching <paramref name="pattern"/> is on the page, in view or scrolled away.</summary>
    public Task ExpectBotMessageShownAsync(Regex pattern) =>
        Expect(BotMessages.Filter(new() { HasTextRegex = pattern }).First).ToBeAttachedAsync();

    /// <summary>The bot's next question, or its outcome, after the last message this page handed out.</summary>
    public async Task<BotMessage> NextQuestionOrOutcomeAsync()
    {
        var message = await traffic.NextAsync(
            conversationId, lastSequence, received => received.QuestionId is not null || received.OutcomeId is not null, StepLimit);
        lastSequence = message.Sequence;
        return message;
    }

    /// <summary>
    /// Waits until a bubble of the bot with text matching <paramref name="pattern"/> is on the screen: scrolled wholly
    /// into view (Web Chat scrolls smoothly to new messages), or at least partly when <paramref name="wholly"/> is false,
    /// for a message that may be taller than the window.
    /// </summary>
    public Task ExpectBotMessageAsync(Regex pattern, bool wholly = true) =>
        Expect(BotMessages.Filter(new() { HasTextRegex = pattern }).Last).ToBeInViewportAsync(new() { Ratio = wholly ? 1 : 0 });

    /// <summary>Types <paramref name="text"/> in Web Chat's send box, presses Enter, and waits for the person's bubble.</summary>
    public async Task SayAsync(string text)
    {
        var sent = await UserMessages.CountAsync();
        var sendBox = Page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await ExpectSentAsync(sent, text);
    }

    /// <summary>Clicks the button titled <paramref name="title"/> that <paramref name="question"/> offers, and waits for the person's bubble.</summary>
    public async Task ClickSuggestedActionAsync(BotMessage question, string title)
    {
        ArgumentNullException.ThrowIfNull(question);
        Assert.True(
            question.SuggestedActions.TryGetValue(title, out var value),
            $"The bot offers no button \"{title}\" with {question}; it offers [{string.Join(", ", question.SuggestedActions.Keys)}].");
        var sent = await UserMessages.CountAsync();
        await Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();
        await ExpectSentAsync(sent, value);
    }

    /// <summary>Every "Send failed" the page has shown since it opened.</summary>
    public Task<string[]> SendFailuresShownAsync() => Page.EvaluateAsync<string[]>("window.sendFailuresShown");

    /// <summary>Saves what the page shows now as <paramref name="fileName"/> under TestResults/Widget.</summary>
    public Task SaveScreenshotAsync(string fileName) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, fileName) });

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static async Task<string> NewConversationAsync(IPage page, Func<Task> action)
    {
        var token = await page.RunAndWaitForResponseAsync(
            action,
            response => response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath.EndsWith("/v3/directline/tokens/generate", StringComparison.Ordinal));
        Assert.True(token.Ok, $"The page's token request answered {token.Status}.");
        var body = await token.JsonAsync();
        return body!.Value.GetProperty("conversationId").GetString()!;
    }

    private async Task ExpectSentAsync(int sentBefore, string text)
    {
        await Expect(UserMessages).ToHaveCountAsync(sentBefore + 1);
        await Expect(UserMessages.Nth(sentBefore)).ToHaveTextAsync(ScreenText.Exactly(text));
    }
}

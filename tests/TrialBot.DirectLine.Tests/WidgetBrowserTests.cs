using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using TrialBot.DirectLine.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TrialBot.DirectLine.Tests;

/// <summary>
/// The website widget in a real browser (Debian's Chromium driven by Playwright's bundled driver, offline) against a
/// real host: the page the host serves, the bundled Web Chat, this Direct Line and a real CloudAdapter.
/// </summary>
public sealed class WidgetBrowserTests
{
    /// <summary>How long a step may wait for the page (Web Chat polls every second); generous for a busy CI machine.</summary>
    private const float WaitLimitMilliseconds = 20_000;

    [Fact]
    public async Task A_person_answers_the_bots_questions_on_the_page()
    {
        Assert.True(
            File.Exists(Path.Combine(RepositoryPaths.HostWebRoot, "lib", "webchat.js")),
            "src/TrialBot/wwwroot/lib/webchat.js is missing: building src/TrialBot bundles it (build/Widget.targets).");
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(),
            webRoot: RepositoryPaths.HostWebRoot,
            configurePipeline: app => app.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = WidgetContentSecurityPolicy.Create(new DirectLineOptions());
                return next(context);
            }));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
        page.SetDefaultTimeout(WaitLimitMilliseconds);
        SetDefaultExpectTimeout(WaitLimitMilliseconds);
        await page.AddInitScriptAsync("window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(host.Address.ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "NCT05765006 pre-screening" })).ToBeVisibleAsync();
        await Expect(page.GetByText("This is a pre-screening, not a medical decision; the study team decides.")).ToBeVisibleAsync();
        await Expect(Message(page, QuestionnaireBot.FirstQuestion)).ToBeVisibleAsync();

        // Every part of the page is in a landmark (the disclaimer in the banner, the status line in the footer), Latin
        // text is set in the system's font before any CJK font, and the page has its icon.
        Assert.Equal(0, await page.Locator("body > :not(header, main, footer, script, noscript)").CountAsync());
        await Expect(page.Locator("header #disclaimer")).ToHaveCountAsync(1);
        await Expect(page.Locator("footer #status")).ToHaveCountAsync(1);
        Assert.StartsWith("system-ui", await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        var icon = await page.APIRequest.GetAsync(new Uri(host.Address, "favicon.ico").ToString());
        Assert.Equal(200, icon.Status);
        Assert.Equal("image/x-icon", icon.Headers["content-type"]);
        await Expect(page.Locator(".webchat__bubble__content").First).ToHaveCSSAsync("background-color", "rgb(227, 239, 239)");

        await SayAsync(page, "Ada");
        await Expect(Message(page, "Nice to meet you, Ada. " + QuestionnaireBot.SecondQuestion)).ToBeVisibleAsync();
        await SayAsync(page, "42");
        await Expect(Message(page, QuestionnaireBot.Done)).ToBeVisibleAsync();
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "widget-english.png") });

        // The language switch keeps the conversation: the page asks the bot for Chinese ("中文", as a person would type
        // it) below the transcript so far, and shows its own texts and Web Chat's in Chinese.
        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.GetByText("这只是预筛查，不是医学决定；最终由研究团队决定。")).ToBeVisibleAsync();
        await Expect(page.Locator(".webchat__bubble--from-user .webchat__bubble__content").GetByText("中文", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Message(page, QuestionnaireBot.Done)).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "消息输入框" })).ToBeVisibleAsync();
        await Expect(Message(page, QuestionnaireBot.FirstQuestionChinese)).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "widget-chinese.png") });

        Assert.Empty(await page.EvaluateAsync<string[]>("window.cspViolations"));
        Assert.True(pageErrors.Count == 0, string.Join(" | ", pageErrors));
    }

    [Fact]
    public async Task Web_chat_streams_replies_over_a_web_socket_and_a_reload_resumes_at_the_same_question()
    {
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(),
            webRoot: RepositoryPaths.HostWebRoot,
            configurePipeline: app => app.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = WidgetContentSecurityPolicy.Create(new DirectLineOptions());
                return next(context);
            }));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        page.SetDefaultTimeout(WaitLimitMilliseconds);
        SetDefaultExpectTimeout(WaitLimitMilliseconds);
        var polls = new List<string>();
        var sockets = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/activities", StringComparison.Ordinal))
            {
                polls.Add(request.Url);
            }
        };
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(host.Address.ToString());
        await Expect(Message(page, QuestionnaireBot.FirstQuestion)).ToBeVisibleAsync();
        await SayAsync(page, "Ada");
        await Expect(Message(page, "Nice to meet you, Ada. " + QuestionnaireBot.SecondQuestion)).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(Message(page, "Nice to meet you, Ada. " + QuestionnaireBot.SecondQuestion)).ToBeVisibleAsync();
        await Expect(Message(page, QuestionnaireBot.FirstQuestion)).ToHaveCountAsync(1);
        await SayAsync(page, "42");
        await Expect(Message(page, QuestionnaireBot.Done)).ToBeVisibleAsync();

        Assert.Empty(polls);
        Assert.Equal(2, sockets.Count);
        Assert.All(sockets, url => Assert.Contains("/stream?", url, StringComparison.Ordinal));
        Assert.Empty(pageErrors);
    }

    private static async Task SayAsync(IPage page, string text)
    {
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await Expect(Message(page, text)).ToBeVisibleAsync();
    }

    /// <summary>A message as the transcript shows it in its bubble.</summary>
    private static ILocator Message(IPage page, string text) =>
        page.Locator(".webchat__bubble__content").GetByText(text, new() { Exact = true });
}

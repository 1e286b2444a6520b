using Microsoft.Playwright;

namespace TrialBot.Widget.Tests.Support;

/// <summary>
/// One real host and one headless Chromium (Debian's, at /usr/bin/chromium, driven by Playwright's bundled driver with
/// no download) for the tests of a class; each test opens its own browser context.
/// </summary>
public class WidgetFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private RunningHost? host;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The host's address.</summary>
    internal Uri Address => host?.Address ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The host's services.</summary>
    internal IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The browser.</summary>
    internal IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The host's settings beyond the tests' defaults (<c>--Key=value</c>).</summary>
    protected virtual IReadOnlyList<string> Settings => [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: scripts/ensure-test-dependencies installs Debian's chromium.");
        host = await RunningHost.StartAsync(Settings);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}

using Microsoft.Playwright;

namespace TrialBot.Widget.Tests.Support;

/// <summary>
/// One real host and one headless Chromium (Debian's, at /usr/bin/chromium, driven by Playwright's bundled driver with
/// no download) for the tests of a class; each test opens its own browser context.
/// </summary>
public sealed class WidgetFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private RunningHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The host's address.</summary>
    internal Uri Address => _host?.Address ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The host's services.</summary>
    internal IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The browser.</summary>
    internal IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: scripts/ensure-test-dependencies installs Debian's chromium.");
        _host = await RunningHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

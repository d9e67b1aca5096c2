using Microsoft.Playwright;

namespace Roundtable.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, shared by the browser tests. No browser is ever downloaded:
/// without /usr/bin/chromium the tests are skipped, unless ROUNDTABLE_REQUIRE_ALL_SUITES=1 demands them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public static bool Required => Environment.GetEnvironmentVariable("ROUNDTABLE_REQUIRE_ALL_SUITES") == "1";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The browser, or a skipped test when there is none (a failed one when all suites are required).</summary>
    public IBrowser Require()
    {
        if (Browser is null && Required)
        {
            Assert.Fail($"ROUNDTABLE_REQUIRE_ALL_SUITES=1 but {ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium).");
        }

        Skip.If(Browser is null, $"{ChromiumPath} is not installed (apt-get install -y chromium); browser tests skipped.");
        return Browser!;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Roundtable.Browser.Tests.Support;
using Roundtable.Server.Conversations;
using Roundtable.Server.Showcase;
using static Microsoft.Playwright.Assertions;

namespace Roundtable.Browser.Tests.Pages;

/// <summary>The home page's live widget in a real browser, against the real server on a fake clock.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LiveWidgetTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 20_000 };

    [SkippableFact]
    public async Task HomePage_BeforeAndAfterTheStart_CountsDownThenShowsTheFirstMessageLive()
    {
        var chromium = browser.Require();
        await using var server = new ShowcaseServer();
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        var widget = new LiveWidgetPage(await context.NewPageAsync());

        await widget.Page.GotoAsync(server.Url("/"));
        await Expect(widget.Connection).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 20_000 });
        await Expect(widget.StatusBadge).ToHaveTextAsync("WAITING");
        await Expect(widget.Countdown).ToHaveTextAsync(MinutesSeconds(), Soon);

        // The fake server clock stands still; the page counts down on its estimate of the server's clock.
        var before = await widget.CountdownSecondsAsync();
        await Task.Delay(1_500);
        var after = await widget.CountdownSecondsAsync();
        Assert.InRange(before, 1, ShowcaseServer.InitialDelaySeconds);
        Assert.True(after < before, $"the countdown did not tick: {before} s, then {after} s");

        var fetchesBeforeStart = widget.LatestRequests;
        server.Clock.Advance(TimeSpan.FromSeconds(ShowcaseServer.InitialDelaySeconds + 1));

        await Expect(widget.StatusBadge).ToHaveTextAsync("ACTIVE", Soon);
        var first = widget.Message(1);
        await Expect(first.Locator("[data-field=agent-name]")).ToHaveTextAsync("Business AI Assistant", Soon);
        await Expect(first.Locator("[data-field=offline]")).ToBeVisibleAsync();
        await Expect(first.Locator("[data-field=offline]")).ToHaveTextAsync("offline");
        await Expect(first.Locator("[data-field=content]")).Not.ToBeEmptyAsync();
        await Expect(widget.MessageCount).ToHaveTextAsync("1/16 messages");
        await Expect(widget.Countdown).ToHaveTextAsync(MinutesSeconds());
        // Connected all along and no fetch since the start: the message and the state came over SignalR.
        await Expect(widget.Connection).ToHaveAttributeAsync("data-state", "connected");
        Assert.Equal(fetchesBeforeStart, widget.LatestRequests);

        await SaveScreenshotsAsync(widget.Page, "home-active");
        Assert.Empty(widget.ScriptErrors);
    }

    [SkippableFact]
    public async Task HomePage_MessageContainingMarkup_ShowsItAsTextLiveAndAfterReload()
    {
        const string Markup = "Try this: <script>alert(1)</script> and <img src=x onerror=\"window.injected=1\"> <b>not bold</b>";
        var chromium = browser.Require();
        await using var server = new ShowcaseServer(schedulerEnabled: false);
        int conversationId;
        await using (var db = server.CreateDbContext())
        {
            conversationId = (await ConversationSeed.AddAsync(db, 0, ConversationStatus.Active, "Storm damage", ["An ordinary first message."])).Id;
        }

        await using var context = await chromium.NewContextAsync();
        var widget = new LiveWidgetPage(await context.NewPageAsync());
        await widget.Page.GotoAsync(server.Url("/"));
        await Expect(widget.Connection).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 20_000 });
        await Expect(widget.Messages).ToHaveCountAsync(1);

        var message = ConversationSeed.Message(conversationId, 2, Markup, ShowcaseServer.Start, published: true);
        await using (var db = server.CreateDbContext())
        {
            db.ConversationMessages.Add(message);
            await db.SaveChangesAsync();
        }

        var broadcaster = server.Services.GetRequiredService<IShowcaseBroadcaster>();
        await broadcaster.MessagePublishedAsync(ConversationSeed.BusinessId, ShowcaseMessageView.From(message), CancellationToken.None);
        await AssertShownAsTextAsync(widget, Markup);

        // A message announced twice (say, by two nodes) is shown once.
        await broadcaster.MessagePublishedAsync(ConversationSeed.BusinessId, ShowcaseMessageView.From(message), CancellationToken.None);
        await widget.Page.WaitForTimeoutAsync(500);
        await Expect(widget.Messages).ToHaveCountAsync(2);

        await widget.Page.ReloadAsync();
        await AssertShownAsTextAsync(widget, Markup);
        await Expect(widget.Messages).ToHaveCountAsync(2);
    }

    [SkippableFact]
    public async Task HomePage_HubUnreachable_FallsBackToPolling()
    {
        var chromium = browser.Require();
        await using var server = new ShowcaseServer(schedulerEnabled: false);
        int conversationId;
        await using (var db = server.CreateDbContext())
        {
            conversationId = (await ConversationSeed.AddAsync(db, 0, ConversationStatus.Active, "Gutters", ["The first message."])).Id;
        }

        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/hubs/showcase/**", route => route.AbortAsync());
        var widget = new LiveWidgetPage(page);
        await page.GotoAsync(server.Url("/"));
        await Expect(widget.Connection).ToHaveAttributeAsync("data-state", "polling", new() { Timeout = 15_000 });
        await Expect(widget.Connection).ToContainTextAsync("Polling");

        await using (var db = server.CreateDbContext())
        {
            db.ConversationMessages.Add(ConversationSeed.Message(conversationId, 2, "Published while the socket is down.", ShowcaseServer.Start, true));
            await db.SaveChangesAsync();
        }

        await Expect(widget.Message(2).Locator("[data-field=content]")).ToHaveTextAsync("Published while the socket is down.", Soon);
        await Expect(widget.Messages).ToHaveCountAsync(2);
        Assert.Empty(widget.ScriptErrors);
    }

    private static async Task AssertShownAsTextAsync(LiveWidgetPage widget, string markup)
    {
        var content = widget.Message(2).Locator("[data-field=content]");
        await Expect(content).ToHaveTextAsync(markup, Soon);
        await Expect(content).ToBeVisibleAsync();
        Assert.Equal(0, await widget.MessageList.Locator("script, img, b").CountAsync());
        Assert.Null(await widget.Page.EvaluateAsync<int?>("() => window.injected ?? null"));
        Assert.Empty(widget.Dialogs);
        Assert.Empty(widget.ScriptErrors);
    }

    /// <summary>Full-page captures at desktop and phone widths, kept with the test output for a human to look at.</summary>
    private static async Task SaveScreenshotsAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-desktop.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-390.png"), FullPage = true });
        await page.Locator("#live").ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-390-widget.png") });
    }

    [GeneratedRegex(@"^\d{2}:\d{2}$")]
    private static partial Regex MinutesSeconds();
}

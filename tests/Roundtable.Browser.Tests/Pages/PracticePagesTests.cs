using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Roundtable.Browser.Tests.Support;
using Roundtable.Server.Practice.Meetings;
using static Microsoft.Playwright.Assertions;

namespace Roundtable.Browser.Tests.Pages;

/// <summary>
/// The Practice pages in a real browser against the real server, whose hosted providers all refuse (a
/// model server on loopback answering 401), so the offline model plays the representatives.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PracticePagesTests(BrowserFixture browser)
{
    private const string Goal = "Agree on a four-week pilot with the finance team";

    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 30_000 };

    /// <summary>For a control that waits on a server round trip: under CI load (browser, two servers and another test suite on two cores) one took over 5 s.</summary>
    private static readonly LocatorAssertionsToBeEnabledOptions AfterServerReply = new() { Timeout = 30_000 };

    [SkippableFact]
    public async Task Meeting_OneOnTwoFromTheSetupPage_RepliesLiveThenEndsWithAScorecardAndChart()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.RefuseAll = true;
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var practice = await PracticePageDriver.OpenAsync(context);
        await practice.Page.GotoAsync(server.Url("/practice"));
        await Expect(practice.Page.Locator(".site-nav .nav-link.active")).ToHaveTextAsync("Practice");
        await practice.SaveScreenshotAsync("practice-setup");

        await practice.CreateMeetingAsync("1-on-2", ["Maria Lopez", "Priya Shah"], Goal);
        await Expect(practice.Page.Locator(".rep-card")).ToHaveCountAsync(2);
        await Expect(practice.Page.Locator(".rep-card", new() { HasTextString = "Maria Lopez" })).ToContainTextAsync("Decision maker");
        await Expect(practice.Page.Locator("[data-role=questions] li")).ToHaveCountAsync(5);
        await Expect(practice.Input).ToBeDisabledAsync();
        await practice.Start.ClickAsync();
        await Expect(practice.Input).ToBeEnabledAsync(AfterServerReply);
        await Expect(practice.End).ToBeVisibleAsync();

        // The send-message answer is held back, so whatever shows meanwhile came over the room's hub.
        var answerHeld = new TaskCompletionSource();
        await practice.Page.RouteAsync("**/api/conversation/send-message", async route =>
        {
            var answer = await route.FetchAsync();
            await answerHeld.Task;
            await route.FulfillAsync(new() { Response = answer });
        });
        await practice.SayAsync("Maria, what would this cost us?");
        var maria = practice.RepTurn("Maria Lopez").First;
        try
        {
            await ExpectLiveReplyAsync(practice, maria);
        }
        finally
        {
            answerHeld.TrySetResult();
        }

        // Waits for the held answer to be handed over: unrouting while the handler still runs let the
        // browser send the line a second time in CI (stored as turn 3).
        await practice.Page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.Wait });
        await Expect(practice.Send).ToBeEnabledAsync(new() { Timeout = 30_000 });

        const string Attack = "<img src=x onerror=alert(1)>";
        await practice.SayAsync($"Priya, would {Attack} break your Dynamics 365 set-up?");
        await Expect(practice.SalespersonTurns.Nth(1)).ToContainTextAsync(Attack, new() { Timeout = 30_000 });
        await Expect(practice.RepTurn("Priya Shah").First).ToBeVisibleAsync(Soon);
        await Expect(practice.Send).ToBeEnabledAsync(new() { Timeout = 30_000 });
        Assert.Equal(0, await practice.Log.Locator("img, script").CountAsync());
        Assert.Equal(0, await practice.Page.Locator("[onerror]").CountAsync());
        Assert.Empty(practice.Dialogs);

        // A reload draws the same transcript from the server.
        var shown = await practice.Log.Locator("[data-turn-number]").CountAsync();
        await practice.Page.ReloadAsync();
        await Expect(practice.Log.Locator("[data-turn-number]")).ToHaveCountAsync(shown);
        await Expect(practice.SalespersonTurns.Nth(1)).ToContainTextAsync(Attack);
        await practice.SaveScreenshotAsync("practice-room");

        await practice.End.ClickAsync();
        await practice.Page.WaitForURLAsync(MeetingResults(), new() { Timeout = 30_000 });
        await Expect(practice.ScoreItems).ToHaveCountAsync(5);
        await Expect(practice.WrittenBy.Locator(".producer-offline")).ToBeVisibleAsync();
        await Expect(practice.TalkChart).ToBeVisibleAsync();
        Assert.True(await practice.ChartDrawnAsync(), "Chart.js did not draw the talk-ratio chart");
        await Expect(practice.Page.Locator("[data-role=talk-table] tbody tr")).ToHaveCountAsync(3);
        await Expect(practice.Page.Locator("[data-metric=turns]")).ToHaveTextAsync(shown.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await practice.SaveScreenshotAsync("practice-results");
        await practice.Page.SetViewportSizeAsync(390, 844);
        await practice.SaveScreenshotAsync("practice-results-390");
        Assert.Empty(practice.Dialogs);
        Assert.Empty(practice.ScriptErrors);
    }

    [SkippableFact]
    public async Task Meeting_ResultsBeforeTheEndAndMessageAfterIt_ExplainEachConflict()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.RefuseAll = true;
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync();
        var practice = await PracticePageDriver.OpenAsync(context);
        await practice.Page.GotoAsync(server.Url("/practice"));
        await practice.CreateMeetingAsync("1-on-1", ["John Carter"], Goal);
        var room = practice.Page.Url;
        await practice.Start.ClickAsync();
        await Expect(practice.Input).ToBeEnabledAsync(AfterServerReply);

        // No scorecard while the meeting runs: the page says why and leads back to the room.
        await practice.Page.GotoAsync($"{room}/results");
        await Expect(practice.Page.Locator("[data-role=no-scorecard]")).ToContainTextAsync("The scorecard is written when the meeting ends");
        await practice.Page.Locator("[data-role=no-scorecard] a").ClickAsync();
        await practice.Page.WaitForURLAsync(room);
        await Expect(practice.Input).ToBeEnabledAsync();
        var unknown = await practice.Page.GotoAsync(server.Url($"/practice/meetings/{Guid.NewGuid()}"));
        Assert.Equal(404, unknown!.Status);
        await practice.Page.GotoAsync(room);
        await Expect(practice.Input).ToBeEnabledAsync();
        await Expect(practice.ConnectedRoom).ToBeVisibleAsync(Soon);

        // The meeting's time ran out while the page was open.
        await using (var db = server.CreateDbContext())
        {
            await db.Meetings.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MeetingStatus.Ended)
                .SetProperty(m => m.EndedReason, MeetingClock.DurationElapsed));
        }

        await practice.SayAsync("John, can we talk about growth?");
        await Expect(practice.Error).ToBeVisibleAsync(Soon);
        await Expect(practice.Error).ToContainTextAsync("The meeting has ended (duration_elapsed)");
        await Expect(practice.Input).ToHaveValueAsync("John, can we talk about growth?");
        await Expect(practice.ResultsLink).ToBeVisibleAsync();
        await Expect(practice.Input).ToBeDisabledAsync();
        await Expect(practice.SalespersonTurns).ToHaveCountAsync(0);
        Assert.Empty(practice.ScriptErrors);
    }

    [SkippableFact]
    public async Task SetupForms_InvalidRepresentativeThenNewCompany_ShowTheProblemAndUpdateThePickers()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.RefuseAll = true;
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync();
        var practice = await PracticePageDriver.OpenAsync(context);
        await practice.Page.GotoAsync(server.Url("/practice"));

        var representative = practice.Page.Locator("form[data-form=representative]");
        await practice.Page.Locator("summary", new() { HasTextString = "Add a representative" }).ClickAsync();
        await representative.GetByLabel("Name", new() { Exact = true }).FillAsync("Sam Reed");
        await representative.GetByLabel("Role", new() { Exact = true }).FillAsync("head of ops");
        await representative.GetByRole(AriaRole.Button, new() { Name = "Add representative" }).ClickAsync();
        var problem = representative.Locator("[data-role=error]");
        await Expect(problem).ToBeVisibleAsync(Soon);
        await Expect(problem).ToContainTextAsync("'role' is required");
        await Expect(problem).ToContainTextAsync("'personality_traits' lists at least one");
        await Expect(representative.Locator("[name=role]")).ToHaveAttributeAsync("aria-invalid", "true");

        var company = practice.Page.Locator("form[data-form=company]");
        await practice.Page.Locator("summary", new() { HasTextString = "Add a company" }).ClickAsync();
        await company.GetByLabel("Company web site").FillAsync("http://127.0.0.1:9/");
        await company.GetByRole(AriaRole.Button, new() { Name = "Add company" }).ClickAsync();
        await Expect(company.Locator("[data-role=error]")).ToBeVisibleAsync(Soon);
        await Expect(company.Locator("[data-role=error]")).ToContainTextAsync("by hand");
        await company.GetByLabel("Enter by hand").CheckAsync();
        await Expect(company.GetByLabel("Company web site")).ToBeHiddenAsync();
        await company.GetByLabel("Company name").FillAsync("Contoso <b>Mills</b>");
        await company.GetByLabel("Industry").FillAsync("Paper");
        await company.GetByRole(AriaRole.Button, new() { Name = "Add company" }).ClickAsync();
        await Expect(company.Locator("[data-role=status]")).ToContainTextAsync("Added Contoso <b>Mills</b>", new() { Timeout = 30_000 });
        await Expect(practice.MeetingForm.Locator("[name=company_id] option:checked")).ToHaveTextAsync("Contoso <b>Mills</b>");
        await Expect(practice.MeetingForm.Locator("[data-role=no-reps]:visible")).ToHaveCountAsync(1);

        await representative.Locator("[name=role]").FillAsync("vp_operations");
        await representative.GetByLabel("analytical").CheckAsync();
        await representative.GetByRole(AriaRole.Button, new() { Name = "Add representative" }).ClickAsync();
        await Expect(representative.Locator("[data-role=status]")).ToContainTextAsync("Added Sam Reed", new() { Timeout = 30_000 });
        await Expect(problem).ToBeHiddenAsync();
        await Expect(practice.MeetingForm.GetByLabel("Sam Reed")).ToBeVisibleAsync();
        await Expect(practice.Page.Locator(".practice-company", new() { HasTextString = "Contoso" }).Locator(".rep-card")).ToContainTextAsync("VP Operations");
        Assert.Equal(0, await practice.Page.Locator("main b").CountAsync());
        Assert.Empty(practice.ScriptErrors);
    }

    [SkippableFact]
    public async Task ProductForm_MarkdownUpload_AddsTheProductToTheMeetingForm()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.RefuseAll = true;
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync();
        var practice = await PracticePageDriver.OpenAsync(context);
        await practice.Page.GotoAsync(server.Url("/practice"));

        var product = practice.Page.Locator("form[data-form=salesperson]");
        await practice.Page.Locator("summary", new() { HasTextString = "Add a product" }).ClickAsync();
        await product.GetByRole(AriaRole.Button, new() { Name = "Add product" }).ClickAsync();
        await Expect(product.Locator("[data-role=error]")).ToContainTextAsync("product_name", new() { Timeout = 30_000 });

        await product.GetByLabel("Your name").FillAsync("Jo Park");
        await product.GetByLabel("Product name").FillAsync("ShelfSense");
        await product.GetByLabel("What it does").FillAsync("Shelf cameras that spot empty shelves in grocery stores.");
        await product.GetByLabel("Sales materials").SetInputFilesAsync(new FilePayload
        {
            Name = "shelfsense.md",
            MimeType = "text/markdown",
            Buffer = "# ShelfSense\n\nCuts out-of-stock losses by 30% in the first quarter."u8.ToArray(),
        });
        await product.GetByRole(AriaRole.Button, new() { Name = "Add product" }).ClickAsync();
        await Expect(product.Locator("[data-role=status]")).ToContainTextAsync("Added ShelfSense", new() { Timeout = 30_000 });
        await Expect(product.Locator("[data-role=error]")).ToBeHiddenAsync();
        await Expect(practice.MeetingForm.Locator("[name=salesperson_id] option:checked")).ToHaveTextAsync("ShelfSense (Jo Park)");
        await Expect(practice.Page.Locator("[data-role=salesperson-list]")).ToContainTextAsync("1 material");
        await using var db = server.CreateDbContext();
        var stored = await db.Salespeople.Include(s => s.Materials).SingleAsync(s => s.ProductName == "ShelfSense");
        Assert.Equal("shelfsense.md", Assert.Single(stored.Materials).FileName);
        Assert.Empty(practice.ScriptErrors);
    }

    /// <summary>Maria's reply while the send-message answer is still held: it came over the hub, labelled offline, typed and streamed.</summary>
    private static async Task ExpectLiveReplyAsync(PracticePageDriver practice, ILocator maria)
    {
        await Expect(maria).ToBeVisibleAsync(Soon);
        await Expect(practice.Send).ToBeDisabledAsync();
        await Expect(maria.Locator("[data-field=offline]")).ToBeVisibleAsync();
        await Expect(maria.Locator("[data-field=offline]")).ToHaveTextAsync("offline");
        await Expect(maria.Locator("[data-field=text]")).Not.ToBeEmptyAsync();
        await Expect(practice.SalespersonTurns.First).ToContainTextAsync("Maria, what would this cost us?");
        await Expect(practice.Decisions.First).ToContainTextAsync("addressed");
        Assert.Contains("Maria Lopez (CFO) is typing…", await practice.TypingShownAsync());
        // Her words streamed into a pending bubble first, growing towards the finished reply.
        var streamed = await practice.StreamedByAsync("Maria Lopez");
        Assert.NotEmpty(streamed);
        Assert.StartsWith(streamed[0].Trim(), await maria.Locator("[data-field=text]").InnerTextAsync(), StringComparison.Ordinal);
        await practice.SaveScreenshotAsync("practice-room-live");
    }

    [GeneratedRegex(@"/practice/meetings/[0-9a-f-]+/results$")]
    private static partial Regex MeetingResults();
}
